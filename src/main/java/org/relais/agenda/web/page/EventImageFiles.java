package org.relais.agenda.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.relais.agenda.application.EventImages;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.upload.Downloads;

/**
 * An event's image at a stable address, for whoever may see the event (a proposal's image stays as
 * private as the proposal: 404 for anyone else). Served like every stored file (type confirmed at
 * upload, {@code nosniff}, the SHA-256 as ETag), and cacheable by anyone for an hour once the event
 * is public, since pages link it with a version parameter that changes with the file.
 */
@ApplicationScoped
@Path("agenda/evenements/{id:[0-9]+}/image")
public class EventImageFiles {
    static final int PUBLIC_MAX_AGE_SECONDS = 3600;

    private static final Map<String, String> EXTENSIONS =
            Map.of("image/png", "png", "image/jpeg", "jpg", "image/webp", "webp");

    @Inject EventImages images;
    @Inject CurrentCaller caller;
    @Context Request request;

    @GET
    public Response image(@PathParam("id") long id) {
        EventImages.ImageFile file = images.open(caller.get(), id);
        String type = file.image().mediaType();
        Response download =
                Downloads.attachment(
                        request,
                        file.path(),
                        "evenement-" + id + "." + EXTENSIONS.getOrDefault(type, "img"),
                        type,
                        file.image().sha256());
        if (!file.published()) {
            return download;
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(PUBLIC_MAX_AGE_SECONDS);
        return Response.fromResponse(download).cacheControl(cache).build();
    }
}
