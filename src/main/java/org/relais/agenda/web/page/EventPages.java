package org.relais.agenda.web.page;

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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.agenda.application.EventImages;
import org.relais.agenda.application.EventService;
import org.relais.agenda.application.EventView;
import org.relais.agenda.application.OccurrenceView;
import org.relais.agenda.application.PersonalAgenda;
import org.relais.agenda.application.PlaceLink;
import org.relais.agenda.application.RegistrationService;
import org.relais.agenda.domain.AgendaFilter;
import org.relais.agenda.domain.EventStatus;
import org.relais.agenda.web.ImageForm;
import org.relais.platform.config.DataDirectory;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.validation.Revision;
import org.relais.platform.web.SiteAddress;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;

/**
 * One event's page (with its schema.org JSON-LD and "add to my calendar"), the form to publish or
 * propose one and to edit it, and the queue of proposals an animator or a moderator confirms.
 */
@ApplicationScoped
@Path("agenda/evenements")
@Produces(MediaType.TEXT_HTML)
public class EventPages {
    static final int NEXT_OCCURRENCES = 8;

    @Inject EventService events;
    @Inject RegistrationService registrations;
    @Inject PersonalAgenda personal;
    @Inject PlaceLink places;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;
    @Inject EventImages images;
    @Inject DataDirectory dataDirectory;

    @Inject SiteAddress site;

    @GET
    @Path("{id:[0-9]+}")
    public View event(@PathParam("id") long id, @QueryParam("enregistre") String saved) {
        Optional<Caller> me = caller.get();
        EventView event = events.get(me, id);
        OffsetDateTime now = OffsetDateTime.now();
        List<OccurrenceView> next =
                event.recurrence() == null || event.pending()
                        ? List.of()
                        : events
                                .occurrences(
                                        new AgendaFilter(event.placeId(), null, null, false),
                                        now,
                                        now.plusYears(1))
                                .stream()
                                .filter(o -> o.event().id() == id)
                                .limit(NEXT_OCCURRENCES)
                                .toList();
        RegistrationService.SeatsView seats = registrations.seats(id, null, me);
        return View.of("agenda/event")
                .with("event", event)
                .with("next", next)
                .with("jsonLd", EventJsonLd.of(event, site.base()))
                .with("mayEdit", events.mayEdit(me, event))
                .with(
                        "mayConfirm",
                        event.pending()
                                && me.map(
                                                c ->
                                                        events.pendingFor(c).stream()
                                                                .anyMatch(e -> e.id() == id))
                                        .orElse(false))
                .with("saved", saved != null)
                .with("seats", seats)
                .with("follows", me.map(c -> personal.follows(c.accountId())).orElse(null))
                .with("sessions", seats.open() ? sessions(event, next, me) : List.of());
    }

    /** One occurrence of a recurring event with its own seats and the visitor's place. */
    public record Session(OccurrenceView occurrence, RegistrationService.SeatsView seats) {}

    private List<Session> sessions(
            EventView event, List<OccurrenceView> next, Optional<Caller> me) {
        if (event.recurrence() == null) {
            return List.of();
        }
        return next.stream()
                .filter(o -> !o.cancelled())
                .map(o -> new Session(o, registrations.seats(event.id(), o.originalStart(), me)))
                .toList();
    }

    @POST
    @Path("{id:[0-9]+}/inscription")
    @RolesAllowed("member")
    public Response register(@PathParam("id") long id, @FormParam("occurrence") String occurrence) {
        registrations.register(caller.require(), id, RegistrationService.occurrence(occurrence));
        return Response.seeOther(URI.create("/agenda/evenements/" + id + "#inscription")).build();
    }

    @POST
    @Path("{id:[0-9]+}/desinscription")
    @RolesAllowed("member")
    public Response leave(@PathParam("id") long id, @FormParam("occurrence") String occurrence) {
        registrations.leave(caller.require(), id, RegistrationService.occurrence(occurrence));
        return Response.seeOther(URI.create("/agenda/evenements/" + id + "#inscription")).build();
    }

    @GET
    @Path("nouveau")
    @RolesAllowed("member")
    public View newEvent(@QueryParam("lieu") String placeId) {
        Map<String, String> form = EventForm.empty();
        form.put("placeId", EventForm.orEmpty(placeId));
        return formView("agenda/event-form", form, null);
    }

    /** The form is multipart, with an image or not (its CSRF token in the query). */
    @POST
    @Path("nouveau")
    @RolesAllowed("member")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response publish(List<EntityPart> parts) throws IOException {
        try (ImageForm form = receive(parts)) {
            return publish(form.fields(), form.upload());
        }
    }

    private Response publish(
            MultivaluedMap<String, String> posted, Optional<EventImages.Upload> image) {
        Map<String, String> form = EventForm.of(posted);
        try {
            int capacity = EventForm.capacity(form);
            ImageEdit imageEdit = ImageEdit.of(posted, image, null);
            imageEdit.check(images);
            EventView event = events.publish(caller.require(), EventForm.draft(form));
            if (capacity > 0) {
                events.limitSeats(caller.require(), event.id(), capacity);
            }
            imageEdit.apply(images, caller.require(), event.id());
            return Response.seeOther(URI.create("/agenda/evenements/" + event.id() + "?enregistre"))
                    .build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(formView("agenda/event-form", form, null), violation);
        }
    }

    @GET
    @Path("{id:[0-9]+}/modifier")
    @RolesAllowed("member")
    public View editForm(@PathParam("id") long id) {
        EventView event = events.get(caller.get(), id);
        if (!events.mayEdit(caller.get(), event)) {
            throw new org.relais.platform.error.AccessDeniedException("agenda.event.not-editor");
        }
        return formView(
                "agenda/event-form",
                EventForm.of(event, registrations.seats(id, null, caller.get()).capacity()),
                event);
    }

    /** The form is multipart, to add, replace or remove the image too. */
    @POST
    @Path("{id:[0-9]+}/modifier")
    @RolesAllowed("member")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response edit(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        try (ImageForm form = receive(parts)) {
            return edit(id, form.fields(), form.upload());
        }
    }

    private Response edit(
            long id, MultivaluedMap<String, String> posted, Optional<EventImages.Upload> image) {
        Map<String, String> form = EventForm.of(posted);
        EventView current = events.get(caller.get(), id);
        try {
            EventStatus status;
            try {
                status = EventStatus.valueOf(form.get("status"));
            } catch (IllegalArgumentException e) {
                throw RuleViolation.of("status", "agenda.event.status");
            }
            int capacity = EventForm.capacity(form);
            ImageEdit imageEdit = ImageEdit.of(posted, image, current);
            imageEdit.check(images);
            events.edit(caller.require(), id, EventForm.draft(form), status, form.get("revision"));
            events.limitSeats(caller.require(), id, capacity);
            imageEdit.apply(images, caller.require(), id);
            return Response.seeOther(URI.create("/agenda/evenements/" + id + "?enregistre"))
                    .build();
        } catch (RuleViolation violation) {
            form.put(
                    "revision",
                    Revision.resumeFrom(violation, form.get("revision"), current.revision()));
            return formErrors.rerender(formView("agenda/event-form", form, current), violation);
        }
    }

    private ImageForm receive(List<EntityPart> parts) throws IOException {
        return ImageForm.receive(
                parts,
                "image",
                "imageAlt",
                dataDirectory.resolve("uploads-waiting"),
                images.maxBytes());
    }

    @GET
    @Path("a-confirmer")
    @RolesAllowed("member")
    public View queue() {
        return View.of("agenda/queue").with("events", events.pendingFor(caller.require()));
    }

    @POST
    @Path("{id:[0-9]+}/confirmer")
    @RolesAllowed("member")
    public Response confirm(@PathParam("id") long id) {
        events.confirm(caller.require(), id);
        return Response.seeOther(URI.create("/agenda/evenements/" + id + "?enregistre")).build();
    }

    private View formView(String template, Map<String, String> form, EventView event) {
        Caller me = caller.require();
        var mine = places.placesOf(me.accountId());
        return View.of(template)
                .with("form", form)
                .with("event", event)
                .with("places", mine)
                .with("placeIds", mine.stream().map(p -> p.id()).toList())
                .with("statuses", EventStatus.values())
                .with("imageMegabytes", images.maxBytes() / (1024 * 1024));
    }
}
