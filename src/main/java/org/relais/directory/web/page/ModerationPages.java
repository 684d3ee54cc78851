package org.relais.directory.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.relais.directory.application.PlaceService;
import org.relais.platform.web.view.View;

/** For moderators: the places not updated for 11 months or more, to follow up, hide or merge. */
@ApplicationScoped
@Path("moderation/lieux")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"moderator", "admin"})
public class ModerationPages {
    @Inject PlaceService places;

    @GET
    public View stale() {
        return View.of("directory/moderation").with("places", places.notUpdatedFor11Months());
    }
}
