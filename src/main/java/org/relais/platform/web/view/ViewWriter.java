package org.relais.platform.web.view;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.platform.web.CorrelationId;
import org.relais.platform.web.LastResortErrorPage;

/**
 * Renders a {@link View} as HTML with the theme's templates. The page is rendered completely before
 * the first byte is sent, so that a template failure becomes a clean error page and a session
 * created while rendering (for a CSRF token) still gets its cookie.
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public class ViewWriter implements MessageBodyWriter<View> {
    private static final Logger LOG = Logger.getLogger(ViewWriter.class.getName());
    private static final String ERROR_TEMPLATE = "error/error";

    @Inject PageRenderer renderer;
    @Context HttpServletRequest request;
    @Context HttpServletResponse response;

    @Override
    public boolean isWriteable(
            Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return View.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(
            View view,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        String html;
        try {
            html = renderer.render(view, request, response);
        } catch (RuntimeException e) {
            if (!ERROR_TEMPLATE.equals(view.template())) {
                throw e;
            }
            LOG.log(Level.SEVERE, "La page d'erreur elle-même n'a pas pu être affichée", e);
            html = LastResortErrorPage.html(CorrelationId.of(request));
        }
        headers.putSingle("Content-Type", "text/html;charset=UTF-8");
        headers.putSingle("Cache-Control", "no-store");
        out.write(html.getBytes(StandardCharsets.UTF_8));
    }
}
