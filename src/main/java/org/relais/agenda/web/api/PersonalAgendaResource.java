package org.relais.agenda.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.relais.agenda.application.PersonalAgenda;
import org.relais.agenda.web.AgendaFeeds;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.CurrentCaller;

/**
 * The caller's own agenda through the API: what they follow ({@code GET/POST/DELETE
 * /api/v1/events/follows}) and their personal iCalendar feed ({@code GET/POST/DELETE
 * /api/v1/events/feed-token}). The feed's secret is in the answer to the POST that makes it, and
 * nowhere else: only its digest is kept.
 */
public final class PersonalAgendaResource {
    private PersonalAgendaResource() {}

    /** A place ({@code "place"}, its directory id) or a tag ({@code "tag"}) to follow. */
    public record FollowJson(String type, String key) {}

    public record FollowsJson(List<Map<String, String>> places, List<String> tags) {
        static FollowsJson of(PersonalAgenda.Follows f) {
            return new FollowsJson(
                    f.places().entrySet().stream()
                            .map(e -> Map.of("id", e.getKey(), "name", e.getValue()))
                            .toList(),
                    f.tags());
        }
    }

    /** Whether the caller has a feed address, since when; {@code url} only when just made. */
    public record FeedTokenJson(boolean active, String createdAt, String token, String url) {}

    @Path("api/v1/events/follows")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("member")
    public static class Follows {
        @Inject PersonalAgenda personal;
        @Inject CurrentCaller caller;

        @GET
        public FollowsJson list() {
            return FollowsJson.of(personal.follows(caller.requireId()));
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public FollowsJson follow(FollowJson body) {
            FollowJson json = body == null ? new FollowJson(null, null) : body;
            return FollowsJson.of(personal.follow(caller.require(), kind(json.type()), json.key()));
        }

        @DELETE
        public FollowsJson unfollow(
                @QueryParam("type") String type, @QueryParam("key") String key) {
            return FollowsJson.of(personal.unfollow(caller.require(), kind(type), key));
        }

        private static PersonalAgenda.Kind kind(String type) {
            if ("place".equals(type)) {
                return PersonalAgenda.Kind.PLACE;
            }
            if ("tag".equals(type)) {
                return PersonalAgenda.Kind.TAG;
            }
            throw RuleViolation.of("type", "agenda.follow.type");
        }
    }

    @Path("api/v1/events/feed-token")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("member")
    public static class FeedToken {
        @Inject PersonalAgenda personal;
        @Inject CurrentCaller caller;
        @Inject AgendaFeeds.Calendars calendars;

        @GET
        public FeedTokenJson status() {
            return personal.feedSince(caller.requireId())
                    .map(since -> new FeedTokenJson(true, since.toString(), null, null))
                    .orElse(new FeedTokenJson(false, null, null, null));
        }

        /** Makes a new secret address, replacing any: the old one answers 404 from now on. */
        @POST
        public Response renew() {
            String token = personal.renewFeed(caller.require());
            String since =
                    personal.feedSince(caller.requireId()).map(Object::toString).orElse(null);
            return Response.status(Response.Status.CREATED)
                    .entity(new FeedTokenJson(true, since, token, calendars.personalUrl(token)))
                    .build();
        }

        @DELETE
        public Response revoke() {
            personal.revokeFeed(caller.require());
            return Response.noContent().build();
        }
    }
}
