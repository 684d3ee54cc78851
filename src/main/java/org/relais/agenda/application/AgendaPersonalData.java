package org.relais.agenda.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.relais.agenda.domain.AgendaRepository;
import org.relais.agenda.domain.Event;
import org.relais.agenda.domain.EventImage;
import org.relais.agenda.domain.OccurrenceChange;
import org.relais.agenda.domain.OccurrenceKey;
import org.relais.agenda.domain.Registration;
import org.relais.platform.personaldata.PersonalDataSection;

/**
 * The agenda's part of a member's data export: the events they organise, in full, their
 * registrations, and whether they have a personal feed. The feed's secret is kept only as a digest,
 * which is not theirs to take elsewhere and would not give the address back: its existence and date
 * are said, nothing more. Those registered for the member's events are other members' data.
 */
@ApplicationScoped
public class AgendaPersonalData implements PersonalDataSection {
    @Inject AgendaRepository agenda;

    /** The agenda's section. */
    public record AgendaData(
            List<OrganisedEvent> events,
            List<EventRegistration> registrations,
            PersonalFeed personalFeed) {}

    /**
     * An event the member organises, as they described it (the description's Markdown source, the
     * words typed for each tag).
     */
    public record OrganisedEvent(
            String id,
            String uid,
            String title,
            String description,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt,
            boolean allDay,
            String recurrence,
            List<ChangedOccurrence> changedOccurrences,
            String placeId,
            String placeName,
            String address,
            String onlineUrl,
            String audience,
            String accessibility,
            String price,
            String registrationUrl,
            Integer capacity,
            Set<String> tags,
            Map<String, String> tagLabels,
            EventImage image,
            String status,
            String publication,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    /** One occurrence of a recurring event cancelled, or moved (then its new times). */
    public record ChangedOccurrence(
            OffsetDateTime originalStart,
            boolean cancelled,
            OffsetDateTime movedStart,
            OffsetDateTime movedEnd) {}

    /**
     * A seat (CONFIRMED) or a place in the waiting line (WAITING) at one occurrence, given by its
     * original start (the event's start for a one-off event).
     */
    public record EventRegistration(
            String eventId,
            String eventTitle,
            OffsetDateTime occurrenceStart,
            String status,
            OffsetDateTime registeredAt) {}

    /** The member has a personal iCalendar feed, created then; its secret address is not given. */
    public record PersonalFeed(OffsetDateTime createdAt) {}

    @Override
    public String name() {
        return "agenda";
    }

    @Override
    public AgendaData of(long memberId) {
        Map<Long, Event> booked =
                agenda.bookedBy(memberId).stream()
                        .collect(Collectors.toMap(Event::id, Function.identity()));
        return new AgendaData(
                agenda.organisedBy(memberId).stream().map(AgendaPersonalData::organised).toList(),
                agenda.registrationsOf(memberId).stream()
                        .map(r -> registration(r, booked.get(r.eventId())))
                        .toList(),
                agenda.feedTokenOf(memberId)
                        .map(t -> new PersonalFeed(t.createdAt()))
                        .orElse(null));
    }

    static OrganisedEvent organised(Event e) {
        return new OrganisedEvent(
                String.valueOf(e.id()),
                e.uid(),
                e.title(),
                e.descriptionSource(),
                e.startsAt(),
                e.endsAt(),
                e.allDay(),
                e.recurrence(),
                e.changes().stream().map(AgendaPersonalData::changed).toList(),
                e.placeId(),
                e.placeName(),
                e.address(),
                e.onlineUrl(),
                e.audience(),
                e.accessibility(),
                e.price(),
                e.registrationUrl(),
                e.capacity(),
                e.tags(),
                e.tagLabels(),
                e.image().orElse(null),
                e.status().name(),
                e.publication().name(),
                e.createdAt(),
                e.updatedAt());
    }

    private static ChangedOccurrence changed(OccurrenceChange c) {
        return new ChangedOccurrence(
                c.originalStart(), c.isCancelled(), c.movedStart(), c.movedEnd());
    }

    static EventRegistration registration(Registration r, Event event) {
        return new EventRegistration(
                String.valueOf(r.eventId()),
                event.title(),
                OccurrenceKey.originalStart(r.occurrenceKey()).orElse(event.startsAt()),
                r.status().name(),
                r.createdAt());
    }
}
