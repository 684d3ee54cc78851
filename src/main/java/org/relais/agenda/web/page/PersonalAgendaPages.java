package org.relais.agenda.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.relais.agenda.application.EventService;
import org.relais.agenda.application.PersonalAgenda;
import org.relais.agenda.domain.Event;
import org.relais.agenda.web.AgendaFeeds;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.page.LocalRedirect;
import org.relais.platform.web.view.View;

/**
 * "Mon agenda": the places and tags a member follows, and the secret address of their personal
 * iCalendar feed, with a button to make a new one (the old one then answers 404) and one to remove
 * it. The address is shown once, right after it is made, since only its digest is kept. The follow
 * buttons of the event page, the place page and the agenda's tag filter post here.
 */
@ApplicationScoped
@Path("agenda/moi")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class PersonalAgendaPages {
    @Inject PersonalAgenda personal;
    @Inject EventService events;
    @Inject CurrentCaller caller;
    @Inject AgendaFeeds.Calendars calendars;

    @GET
    public View mine(@QueryParam("fait") String done) {
        return view(caller.require(), null).with("done", done == null ? null : done.strip());
    }

    /** Follows or stops following a place ({@code type=lieu}) or a tag ({@code etiquette}). */
    @POST
    @Path("suivis")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response follow(
            @FormParam("type") String type,
            @FormParam("cle") String key,
            @FormParam("action") String action,
            @FormParam("retour") String back) {
        Caller me = caller.require();
        PersonalAgenda.Kind kind =
                switch (type == null ? "" : type) {
                    case "lieu" -> PersonalAgenda.Kind.PLACE;
                    case "etiquette" -> PersonalAgenda.Kind.TAG;
                    default -> throw RuleViolation.of("type", "agenda.follow.type");
                };
        if ("arreter".equals(action)) {
            personal.unfollow(me, kind, key);
        } else {
            personal.follow(me, kind, key);
        }
        String target = back == null || back.isBlank() ? "/agenda/moi" : back;
        return Response.seeOther(URI.create(LocalRedirect.safe(target))).build();
    }

    /** Makes a new address (replacing any) and shows it, this once. */
    @POST
    @Path("adresse")
    public View renew() {
        Caller me = caller.require();
        return view(me, calendars.personalUrl(personal.renewFeed(me)));
    }

    @POST
    @Path("adresse/suppression")
    public Response revoke() {
        personal.revokeFeed(caller.require());
        return Response.seeOther(URI.create("/agenda/moi?fait=supprimee")).build();
    }

    private View view(Caller me, String newUrl) {
        PersonalAgenda.Follows follows = personal.follows(me.accountId());
        return View.of("agenda/mine")
                .with("follows", follows)
                .with("followedTags", events.typedTags(follows.tags()))
                .with(
                        "feedSince",
                        personal.feedSince(me.accountId())
                                .map(at -> at.atZoneSameInstant(Event.ZONE))
                                .orElse(null))
                .with("newUrl", newUrl)
                .with("done", null);
    }
}
