package org.relais.platform.notification.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.notification.Announcements;
import org.relais.platform.notification.Digests;
import org.relais.platform.notification.NotificationPreferences;
import org.relais.platform.notification.Notifications;
import org.relais.platform.paging.PageJson;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;

/** The caller's notifications and e-mail choices; digests and announcements for admins. */
@ApplicationScoped
@Path("api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("member")
public class NotificationResource {
    @Inject Notifications notifications;
    @Inject NotificationPreferences preferences;
    @Inject Digests digests;
    @Inject Announcements announcements;
    @Inject CurrentCaller caller;

    /** How many notifications the caller has not read yet. */
    public record UnreadCountJson(long count) {}

    /** Which digest to send now. */
    public record DigestRequestJson(String frequency) {}

    /** How many digest mails left. */
    public record DigestResultJson(String frequency, int sent) {}

    /** An announcement to every active member. */
    public record AnnouncementJson(String subject, String url, String excerpt) {}

    /** How many members were notified. */
    public record AnnouncementResultJson(int notified) {}

    @GET
    public PageJson<NotificationJson> list(
            @QueryParam("page") String page, @QueryParam("size") String size) {
        long me = caller.requireId();
        PageRequest paging = PageRequest.of(page, size);
        return PageJson.of(
                notifications.of(me, paging).stream().map(NotificationJson::of).toList(),
                notifications.count(me),
                paging);
    }

    @GET
    @Path("unread-count")
    public UnreadCountJson unreadCount() {
        return new UnreadCountJson(notifications.unreadCount(caller.requireId()));
    }

    @POST
    @Path("{id: [0-9]+}/read")
    public Response read(@PathParam("id") long id) {
        notifications
                .open(caller.requireId(), id)
                .orElseThrow(() -> new NotFoundException("notification.not-found"));
        return Response.noContent().build();
    }

    @POST
    @Path("read")
    public UnreadCountJson readAll() {
        long me = caller.requireId();
        notifications.markAllRead(me);
        return new UnreadCountJson(notifications.unreadCount(me));
    }

    @GET
    @Path("preferences")
    public Map<String, String> preferences() {
        return asJson(preferences.of(caller.requireId()));
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> choose(Map<String, String> body) {
        return asJson(preferences.choose(caller.requireId(), body == null ? Map.of() : body));
    }

    @POST
    @Path("digests")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    public DigestResultJson sendDigest(DigestRequestJson body) {
        var frequency = Digests.digestFrequency(body == null ? null : body.frequency());
        return new DigestResultJson(frequency.name(), digests.send(frequency));
    }

    @POST
    @Path("announcements")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    public AnnouncementResultJson announce(AnnouncementJson body) {
        AnnouncementJson json = body == null ? new AnnouncementJson(null, null, null) : body;
        return new AnnouncementResultJson(
                announcements.announce(
                        caller.requireId(),
                        new Announcements.Announcement(
                                json.subject(), json.url(), json.excerpt())));
    }

    private static Map<String, String> asJson(List<NotificationPreferences.PreferenceView> views) {
        Map<String, String> json = new LinkedHashMap<>();
        views.forEach(v -> json.put(v.kind(), v.frequency().name()));
        return json;
    }
}
