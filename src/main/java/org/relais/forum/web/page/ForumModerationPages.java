package org.relais.forum.web.page;

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
import org.relais.forum.application.ForumModeration;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.view.View;

/** The moderators' queue of flagged posts. */
@Path("moderation/forum")
@Produces(MediaType.TEXT_HTML)
public class ForumModerationPages {
    @Inject ForumModeration moderation;
    @Inject CurrentCaller caller;

    @GET
    public View queue() {
        return View.of("forum/review").with("reviews", moderation.queue(caller.require()));
    }

    @POST
    @Path("messages/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") String id, @FormParam("outcome") String outcome) {
        moderation.review(caller.require(), ForumPages.pathId(id), outcome);
        return ForumPages.seeOther("/moderation/forum");
    }
}
