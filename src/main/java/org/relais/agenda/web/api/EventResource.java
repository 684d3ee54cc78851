package org.relais.agenda.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.relais.agenda.application.AgendaQuery;
import org.relais.agenda.application.EventDraft;
import org.relais.agenda.application.EventService;
import org.relais.agenda.application.EventView;
import org.relais.agenda.application.OccurrenceView;
import org.relais.agenda.application.RegistrationService;
import org.relais.agenda.domain.EventStatus;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageJson;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;

/**
 * Events: the occurrences in a date range with filters, one event, publishing or proposing,
 * patching (including {@code {"status":"cancelled"}}), deleting, confirming a proposal, and
 * cancelling or moving one occurrence of a series.
 */
@ApplicationScoped
@Path("api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {
    @Inject EventService events;
    @Inject RegistrationService registrations;
    @Inject CurrentCaller caller;

    @GET
    public PageJson<EventJson.OccurrenceJson> list(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("place") String place,
            @QueryParam("tag") String tag,
            @QueryParam("region") String region,
            @QueryParam("online") String online,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        AgendaQuery query = AgendaQuery.of(from, to, place, tag, region, "true".equals(online));
        List<OccurrenceView> all = events.occurrences(query.filter(), query.from(), query.to());
        List<EventJson.OccurrenceJson> items =
                all.stream()
                        .skip(paging.offset())
                        .limit(paging.size())
                        .map(EventJson.OccurrenceJson::of)
                        .toList();
        return PageJson.of(items, all.size(), paging);
    }

    @GET
    @Path("{id:[0-9]+}")
    public EventJson get(@PathParam("id") long id) {
        return EventJson.of(events.get(caller.get(), id));
    }

    @POST
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(EventJson.Input body) {
        EventJson.Input input = body == null ? empty() : body;
        EventService.checkCapacity(input.capacity());
        EventView published = events.publish(caller.require(), draft(input, null));
        if (input.capacity() != null) {
            events.limitSeats(caller.require(), published.id(), input.capacity());
        }
        EventJson json = EventJson.of(published);
        return Response.created(URI.create("/api/v1/events/" + json.id())).entity(json).build();
    }

    @PATCH
    @Path("{id:[0-9]+}")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public EventJson patch(@PathParam("id") long id, EventJson.Input body) {
        EventJson.Input input = body == null ? empty() : body;
        EventStatus status = status(input.status());
        EventService.checkCapacity(input.capacity());
        EventView current = events.get(caller.get(), id);
        boolean onlyStatus = draft(input, null).equals(draft(empty(), null));
        EventDraft draft = onlyStatus ? null : draft(input, EventDraft.of(current));
        EventView edited = events.edit(caller.require(), id, draft, status, input.revision());
        if (input.capacity() != null) {
            events.limitSeats(caller.require(), id, input.capacity());
        }
        return EventJson.of(edited);
    }

    /**
     * The seats of one occurrence ({@code occurrence}: its original start, ISO-8601; the next one
     * of a recurring event when absent), and where the caller stands.
     */
    @GET
    @Path("{id:[0-9]+}/registrations")
    public EventJson.SeatsJson seats(
            @PathParam("id") long id, @QueryParam("occurrence") String occurrence) {
        events.get(caller.get(), id);
        return EventJson.SeatsJson.of(
                registrations.seats(id, RegistrationService.occurrence(occurrence), caller.get()));
    }

    /** Registers the caller to an occurrence: a seat, or the waiting line; a mail confirms it. */
    @POST
    @Path("{id:[0-9]+}/registrations")
    @RolesAllowed("member")
    public EventJson.SeatsJson register(
            @PathParam("id") long id, @QueryParam("occurrence") String occurrence) {
        return EventJson.SeatsJson.of(
                registrations.register(
                        caller.require(), id, RegistrationService.occurrence(occurrence)));
    }

    @DELETE
    @Path("{id:[0-9]+}/registrations/me")
    @RolesAllowed("member")
    public EventJson.SeatsJson leave(
            @PathParam("id") long id, @QueryParam("occurrence") String occurrence) {
        return EventJson.SeatsJson.of(
                registrations.leave(
                        caller.require(), id, RegistrationService.occurrence(occurrence)));
    }

    @DELETE
    @Path("{id:[0-9]+}")
    @RolesAllowed("member")
    public Response delete(@PathParam("id") long id) {
        events.delete(caller.require(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id:[0-9]+}/confirmation")
    @RolesAllowed("member")
    public EventJson confirm(@PathParam("id") long id) {
        return EventJson.of(events.confirm(caller.require(), id));
    }

    @POST
    @Path("{id:[0-9]+}/exceptions")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public EventJson changeOccurrence(@PathParam("id") long id, EventJson.OccurrenceInput body) {
        EventJson.OccurrenceInput input =
                body == null ? new EventJson.OccurrenceInput(null, null, null) : body;
        return EventJson.of(
                events.changeOccurrence(
                        caller.require(), id, input.occurrence(), input.start(), input.end()));
    }

    private static EventJson.Input empty() {
        return new EventJson.Input(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /** The input over a base (null: nothing), field by field: what the client sent wins. */
    private static EventDraft draft(EventJson.Input in, EventDraft base) {
        EventDraft b =
                base != null
                        ? base
                        : new EventDraft(
                                null, null, null, null, null, null, null, null, null, null, null,
                                null, null, null);
        return new EventDraft(
                pick(in.title(), b.title()),
                pick(in.description(), b.description()),
                pick(in.start(), b.start()),
                pick(in.end(), b.end()),
                in.allDay() != null ? in.allDay() : b.allDay(),
                pick(in.placeId(), b.placeId()),
                pick(in.address(), b.address()),
                pick(in.onlineUrl(), b.onlineUrl()),
                in.tags() != null ? in.tags() : b.tags(),
                pick(in.audience(), b.audience()),
                pick(in.accessibility(), b.accessibility()),
                pick(in.price(), b.price()),
                pick(in.registrationUrl(), b.registrationUrl()),
                pick(in.recurrence(), b.recurrence()));
    }

    private static String pick(String sent, String current) {
        return sent != null ? sent : current;
    }

    static EventStatus status(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return EventStatus.valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of("status", "agenda.event.status");
        }
    }
}
