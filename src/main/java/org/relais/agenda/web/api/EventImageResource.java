package org.relais.agenda.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import org.relais.agenda.application.EventImages;
import org.relais.agenda.web.ImageForm;
import org.relais.platform.config.DataDirectory;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.CurrentCaller;

/**
 * An event's image: sent as multipart like every upload of the API (an {@code image} file part and
 * an {@code alt} text part, required), replaced by sending another, removed by {@code DELETE}. The
 * answer is the event, whose {@code imageUrl} says where the image is served.
 */
@ApplicationScoped
@Path("api/v1/events/{id:[0-9]+}/image")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("member")
public class EventImageResource {
    @Inject EventImages images;
    @Inject DataDirectory dataDirectory;
    @Inject CurrentCaller caller;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public EventJson attach(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        try (ImageForm form =
                ImageForm.receive(
                        parts,
                        "image",
                        "alt",
                        dataDirectory.resolve("uploads-waiting"),
                        images.maxBytes())) {
            EventImages.Upload upload =
                    form.upload()
                            .orElseThrow(() -> RuleViolation.of("image", "agenda.image.missing"));
            return EventJson.of(images.attach(caller.require(), id, upload));
        }
    }

    @DELETE
    public EventJson remove(@PathParam("id") long id) {
        return EventJson.of(images.remove(caller.require(), id));
    }
}
