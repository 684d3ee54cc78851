package org.relais.platform.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.web.view.PageRenderer;

/**
 * Serves the theme's assets ({@code /assets/css/relais.css}) with the same fallback as templates:
 * the selected theme's file if it has one, else the default theme's.
 */
@ApplicationScoped
@Path("assets")
public class AssetResource {
    private static final Map<String, String> TYPES =
            Map.of(
                    "css", "text/css;charset=UTF-8",
                    "js", "text/javascript;charset=UTF-8",
                    "svg", "image/svg+xml",
                    "png", "image/png",
                    "jpg", "image/jpeg",
                    "ico", "image/x-icon",
                    "woff2", "font/woff2",
                    "txt", "text/plain;charset=UTF-8");

    @Inject PageRenderer pages;

    @GET
    @Path("{path: .+}")
    public Response asset(@PathParam("path") String path) throws IOException {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        URL url = pages.files().find("assets/" + path).orElse(null);
        if (type == null || url == null) {
            throw new NotFoundException("error.404");
        }
        byte[] content;
        try (InputStream in = url.openStream()) {
            content = in.readAllBytes();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(content, type).cacheControl(cache).build();
    }
}
