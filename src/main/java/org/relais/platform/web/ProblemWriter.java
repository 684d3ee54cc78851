package org.relais.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.relais.platform.i18n.Messages;
import org.relais.platform.i18n.RequestLocale;

/**
 * Builds problem documents in the caller's language, for the exception mapper and for the few
 * places that answer before JAX-RS (the authentication mechanism, servlet filters).
 */
@ApplicationScoped
public class ProblemWriter {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject Messages messages;

    public Problem problem(
            HttpServletRequest request,
            int status,
            String detailKey,
            Object[] arguments,
            List<Problem.FieldMessage> errors) {
        Locale locale = RequestLocale.resolve(request);
        String title = messages.find(locale, "error." + status + ".title").orElse("Erreur");
        return new Problem(
                "about:blank",
                title,
                status,
                messages.get(locale, detailKey, arguments),
                request.getRequestURI(),
                CorrelationId.of(request),
                errors);
    }

    public String toJson(Problem problem) {
        return JSON.toJson(problem);
    }

    public void write(
            HttpServletRequest request, HttpServletResponse response, int status, String detailKey)
            throws IOException {
        Problem problem = problem(request, status, detailKey, new Object[0], List.of());
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(toJson(problem).getBytes(StandardCharsets.UTF_8));
    }
}
