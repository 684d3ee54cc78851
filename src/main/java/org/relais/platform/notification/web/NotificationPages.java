package org.relais.platform.notification.web;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.Messages;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.notification.EmailFrequency;
import org.relais.platform.notification.Notification;
import org.relais.platform.notification.NotificationPreferences;
import org.relais.platform.notification.Notifications;
import org.relais.platform.notification.Subscription;
import org.relais.platform.notification.Subscriptions;
import org.relais.platform.notification.WatchLevel;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.page.LocalRedirect;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;

/** The notifications page, opening a notification, and the e-mail preferences page. */
@ApplicationScoped
@Path("notifications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class NotificationPages {
    static final int PAGE_SIZE = 20;
    static final String FIELD_PREFIX = "kind:";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject Notifications notifications;
    @Inject NotificationPreferences preferences;
    @Inject Subscriptions subscriptions;
    @Inject CurrentCaller caller;
    @Inject RequestLocale locale;
    @Inject Messages messages;
    @Inject FormErrors formErrors;

    /** A notification as the page lists it. */
    public record NotificationView(
            long id,
            String kind,
            String subject,
            String excerpt,
            ZonedDateTime createdAt,
            boolean read) {}

    /** A kind on the preferences page, with its label and the member's choice. */
    public record PreferenceView(
            String kind, String field, String label, EmailFrequency frequency) {}

    @GET
    public View list(@QueryParam("page") String page) {
        long me = caller.requireId();
        PageRequest paging = PageRequest.of(page, Integer.toString(PAGE_SIZE));
        long total = notifications.count(me);
        Locale lang = locale.get();
        List<NotificationView> items =
                notifications.of(me, paging).stream().map(n -> view(n, lang)).toList();
        return View.of("notifications/list")
                .with("items", items)
                .with("total", total)
                .with("unreadTotal", notifications.unreadCount(me))
                .with("page", paging.page())
                .with("pageCount", paging.pageCount(total));
    }

    private NotificationView view(Notification n, Locale lang) {
        return new NotificationView(
                n.id(),
                notifications.kindLabel(lang, n.kind()),
                n.subject(),
                n.excerpt(),
                n.createdAt().atZoneSameInstant(PARIS),
                n.isRead());
    }

    /** Marks the notification read and goes where it points, on Relais only. */
    @GET
    @Path("{id: [0-9]+}")
    public Response open(@PathParam("id") long id) {
        String url =
                notifications
                        .open(caller.requireId(), id)
                        .orElseThrow(() -> new NotFoundException("notification.not-found"));
        return Response.seeOther(URI.create(LocalRedirect.safe(url))).build();
    }

    @POST
    @Path("{id: [0-9]+}")
    public Response openByForm(@PathParam("id") long id) {
        return open(id);
    }

    @POST
    @Path("lues")
    public Response readAll() {
        notifications.markAllRead(caller.requireId());
        return Response.seeOther(URI.create("/notifications?lues")).build();
    }

    @GET
    @Path("preferences")
    public View preferencesPage(@QueryParam("enregistre") String saved) {
        return preferencesView(caller.requireId()).with("saved", saved != null);
    }

    @POST
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePreferences(MultivaluedMap<String, String> form) {
        long me = caller.requireId();
        Map<String, String> choices = new LinkedHashMap<>();
        form.forEach(
                (field, values) -> {
                    if (field.startsWith(FIELD_PREFIX) && !values.isEmpty()) {
                        choices.put(field.substring(FIELD_PREFIX.length()), values.get(0));
                    }
                });
        try {
            preferences.choose(me, choices);
            return Response.seeOther(URI.create("/notifications/preferences?enregistre")).build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(preferencesView(me).with("saved", false), violation);
        }
    }

    /** Changes or removes (empty level) one subscription. */
    @POST
    @Path("preferences/abonnements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeSubscription(
            @FormParam("subjectType") String subjectType,
            @FormParam("subjectKey") String subjectKey,
            @FormParam("level") String level) {
        long me = caller.requireId();
        try {
            subscriptions.choose(me, subjectType, subjectKey, level);
            return Response.seeOther(
                            URI.create("/notifications/preferences?enregistre#abonnements"))
                    .build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(preferencesView(me).with("saved", false), violation);
        }
    }

    private View preferencesView(long me) {
        Locale lang = locale.get();
        List<PreferenceView> kinds =
                preferences.of(me).stream()
                        .map(
                                p ->
                                        new PreferenceView(
                                                p.kind(),
                                                FIELD_PREFIX + p.kind(),
                                                messages.find(lang, p.labelKey())
                                                        .orElseGet(
                                                                () ->
                                                                        notifications.kindLabel(
                                                                                lang, p.kind())),
                                                p.frequency()))
                        .toList();
        List<Subscription> mine = subscriptions.of(me);
        return View.of("notifications/preferences")
                .with("kinds", kinds)
                .with("frequencies", EmailFrequency.values())
                .with("subscriptions", mine)
                .with("levels", WatchLevel.values());
    }
}
