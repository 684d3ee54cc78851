package org.relais.forum.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import org.relais.accounts.application.AccountService;
import org.relais.forum.application.ForumModeration;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;

/** The moderators' queue of flagged posts, and the members silenced in the forum. */
@ApplicationScoped
@Path("moderation/forum")
@Produces(MediaType.TEXT_HTML)
public class ForumModerationPages {
    @Inject ForumModeration moderation;
    @Inject AccountService accounts;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;

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

    /** The silences running now; with {@code ?membre=}, the form to silence that member. */
    @GET
    @Path("silences")
    public View silences(@QueryParam("membre") String memberId) {
        return silencesView(
                ForumPages.parseOrNull(memberId),
                ForumPages.form("length", "1d", "until", "", "reason", ""));
    }

    private View silencesView(Long memberId, Map<String, String> form) {
        Caller me = caller.require();
        View view = View.of("forum/silences").with("silences", moderation.silences(me));
        if (memberId == null) {
            return view;
        }
        String name = accounts.displayNames(Set.of(memberId)).get(memberId);
        if (name == null) {
            return view;
        }
        return view.with("memberId", memberId).with("memberName", name).with("form", form);
    }

    @POST
    @Path("silences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response silence(
            @FormParam("memberId") String memberId,
            @FormParam("length") String length,
            @FormParam("until") String until,
            @FormParam("reason") String reason) {
        Caller me = caller.require();
        long member = ForumPages.pathId(memberId);
        try {
            moderation.silence(me, member, length, until, reason);
            return ForumPages.seeOther("/moderation/forum/silences");
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    silencesView(
                            member,
                            ForumPages.form("length", length, "until", until, "reason", reason)),
                    violation);
        }
    }

    @POST
    @Path("silences/{id}/lever")
    public Response endSilence(@PathParam("id") String id) {
        moderation.endSilence(caller.require(), ForumPages.pathId(id));
        return ForumPages.seeOther("/moderation/forum/silences");
    }
}
