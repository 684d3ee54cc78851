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
import java.util.Map;
import java.util.Optional;
import org.relais.forum.application.ForumModeration;
import org.relais.forum.application.ForumService;
import org.relais.forum.application.PostView;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;

/** Flagging a post, the moderators' review queue and their actions on topics. */
@Path("")
@Produces(MediaType.TEXT_HTML)
public class ForumModerationPages {
    @Inject ForumModeration moderation;
    @Inject ForumService forum;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;

    @GET
    @Path("forum/messages/{id}/signaler")
    public View flagForm(@PathParam("id") String id) {
        Caller me = caller.require();
        PostView post = forum.post(ForumPages.pathId(id), Optional.of(me));
        return View.of("forum/flag")
                .with("post", post)
                .with("form", Map.of("reason", "", "note", ""));
    }

    @POST
    @Path("forum/messages/{id}/signaler")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response flag(
            @PathParam("id") String id,
            @FormParam("reason") String reason,
            @FormParam("note") String note) {
        Caller me = caller.require();
        long postId = ForumPages.pathId(id);
        PostView post = forum.post(postId, Optional.of(me));
        try {
            moderation.flag(me, postId, reason, note);
            return ForumPages.seeOther(ForumPages.postUrl(post));
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    View.of("forum/flag")
                            .with("post", post)
                            .with(
                                    "form",
                                    Map.of(
                                            "reason", ForumPages.orEmpty(reason),
                                            "note", ForumPages.orEmpty(note))),
                    violation);
        }
    }

    @GET
    @Path("moderation/forum")
    public View queue() {
        return View.of("forum/review").with("reviews", moderation.queue(caller.require()));
    }

    @POST
    @Path("moderation/forum/messages/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") String id, @FormParam("outcome") String outcome) {
        moderation.review(caller.require(), ForumPages.pathId(id), outcome);
        return ForumPages.seeOther("/moderation/forum");
    }

    @POST
    @Path("forum/sujets/{id}/moderation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moderate(
            @PathParam("id") String id,
            @FormParam("action") String action,
            @FormParam("categoryId") String categoryId,
            @FormParam("targetTopicId") String targetTopicId) {
        long topicId = ForumPages.pathId(id);
        moderation.moderate(
                caller.require(),
                topicId,
                action,
                ForumPages.parseOrNull(categoryId),
                ForumPages.parseOrNull(targetTopicId));
        return ForumPages.seeOther("/forum/sujets/" + topicId);
    }
}
