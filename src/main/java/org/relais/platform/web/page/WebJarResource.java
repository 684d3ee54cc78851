package org.relais.platform.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.relais.platform.error.NotFoundException;

/**
 * Serves front-end packages shipped as WebJars ({@code /webjars/leaflet/1.9.4/dist/leaflet.js}),
 * from Relais itself so that the Content-Security-Policy can stay {@code 'self'}.
 */
@ApplicationScoped
@Path("webjars")
public class WebJarResource {
    private static final String ROOT = "META-INF/resources/webjars/";
    private static final Map<String, String> TYPES =
            Map.of(
                    "css", "text/css;charset=UTF-8",
                    "js", "text/javascript;charset=UTF-8",
                    "png", "image/png",
                    "svg", "image/svg+xml");

    @GET
    @Path("{path: .+}")
    public Response file(@PathParam("path") String path) throws IOException {
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        if (type == null || path.contains("..") || path.contains("\\")) {
            throw new NotFoundException("error.404");
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new NotFoundException("error.404");
            }
            CacheControl cache = new CacheControl();
            cache.setMaxAge(86400);
            return Response.ok(in.readAllBytes(), type).cacheControl(cache).build();
        }
    }
}
