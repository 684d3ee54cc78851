package org.relais.library.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.relais.library.application.KitFeedback;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.view.View;

/**
 * The moderators' page of the library: open reports, oldest first. Upholding a report keeps the kit
 * as it is (unpublished for a rights problem); dismissing the last rights report publishes it
 * again. A moderator may also publish or withdraw a kit from its page.
 */
@ApplicationScoped
@Path("moderation/bibliotheque")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"moderator", "admin"})
public class LibraryModerationPages {
    @Inject KitFeedback feedback;
    @Inject CurrentCaller caller;

    @GET
    public View reports() {
        return View.of("library/moderation")
                .with("reports", feedback.openReports(caller.require()));
    }

    @POST
    @Path("signalements/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") long id, @FormParam("decision") String decision) {
        feedback.review(caller.require(), id, "confirmer".equals(decision));
        return Response.seeOther(URI.create("/moderation/bibliotheque")).build();
    }

    @POST
    @Path("kits/{id:[0-9]+}/publication")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publication(@PathParam("id") long id, @FormParam("publie") String published) {
        feedback.setPublished(caller.require(), id, "oui".equals(published));
        return Response.seeOther(URI.create("/bibliotheque/kits/" + id)).build();
    }
}
