package org.relais.agenda.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.relais.agenda.domain.AgendaRepository;
import org.relais.agenda.domain.Event;
import org.relais.agenda.domain.EventStatus;
import org.relais.agenda.domain.Occurrence;
import org.relais.agenda.domain.OccurrenceKey;
import org.relais.agenda.domain.Registration;
import org.relais.agenda.domain.Seats;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.Caller;

/**
 * Built-in registration to an event with a capacity, occurrence by occurrence for a recurring
 * event: a seat while there are some, else a place in the waiting line; leaving frees a seat for
 * the first in line. The event's row is locked while seats are counted, so that two members
 * registering at once cannot both take the last seat. Each member is told by mail: registered or
 * waiting, given a seat from the line ({@link RegistrationMails}).
 */
@ApplicationScoped
@Transactional
public class RegistrationService {
    @Inject AgendaRepository repository;
    @Inject RegistrationMails mails;
    @Inject Clock clock;

    /**
     * Seats of one occurrence, and where the visitor stands (null status: not registered); {@code
     * occurrence} is the occurrence's original start, null for a one-off event.
     */
    public record SeatsView(
            OffsetDateTime occurrence,
            Integer capacity,
            long confirmed,
            long waiting,
            String status,
            Integer position) {
        public boolean open() {
            return capacity != null;
        }

        public boolean full() {
            return capacity != null && confirmed >= capacity;
        }
    }

    /**
     * Registers the caller to an occurrence ({@code occurrence}: its original start, needed for a
     * recurring event, ignored for a one-off one).
     */
    public SeatsView register(Caller caller, long eventId, OffsetDateTime occurrence) {
        Event event = repository.lock(eventId);
        if (!event.isPublished()) {
            throw new NotFoundException("agenda.event.not-found");
        }
        Occurrence chosen = occurrence(event, occurrence);
        if (event.capacity() == null
                || event.status() == EventStatus.CANCELLED
                || chosen.cancelled()) {
            throw new ConflictException("agenda.registration.closed");
        }
        String key = OccurrenceKey.of(event, chosen.originalStart().toOffsetDateTime());
        if (repository.registration(eventId, key, caller.accountId()).isEmpty()) {
            long confirmed =
                    repository.countRegistrations(eventId, key, Registration.Status.CONFIRMED);
            Registration registration =
                    new Registration(
                            eventId,
                            key,
                            caller.accountId(),
                            Seats.forNewcomer(event.capacity(), confirmed),
                            OffsetDateTime.now(clock));
            repository.store(registration);
            mails.registered(event, chosen, registration);
        }
        return seats(event, key, Optional.of(caller));
    }

    public SeatsView leave(Caller caller, long eventId, OffsetDateTime occurrence) {
        Event event = repository.lock(eventId);
        String key = key(event, occurrence);
        Registration registration =
                repository
                        .registration(eventId, key, caller.accountId())
                        .orElseThrow(() -> new NotFoundException("agenda.registration.none"));
        repository.remove(registration);
        fill(event, key);
        return seats(event, key, Optional.of(caller));
    }

    /**
     * Gives the seats free (after the capacity grew) to the first in line, at every occurrence that
     * has registrations.
     */
    void fill(Event event) {
        repository.registrations(event.id()).stream()
                .map(Registration::occurrenceKey)
                .distinct()
                .forEach(key -> fill(event, key));
    }

    /** Tells everyone registered to the event, or to one of its occurrences, what changed. */
    void announce(Event event, Optional<OffsetDateTime> originalStart) {
        Optional<String> only = originalStart.map(start -> OccurrenceKey.of(event, start));
        for (Registration r : repository.registrations(event.id())) {
            if (only.isEmpty() || only.get().equals(r.occurrenceKey())) {
                mails.changed(event, r);
            }
        }
    }

    private void fill(Event event, String key) {
        if (event.capacity() == null) {
            return;
        }
        long confirmed =
                repository.countRegistrations(event.id(), key, Registration.Status.CONFIRMED);
        for (Registration promoted :
                Seats.toPromote(event.capacity(), confirmed, repository.waiting(event.id(), key))) {
            promoted.promote();
            mails.promoted(event, promoted);
        }
    }

    public SeatsView seats(long eventId, OffsetDateTime occurrence, Optional<Caller> visitor) {
        Event event = repository.get(eventId);
        return seats(event, key(event, occurrence), visitor);
    }

    private SeatsView seats(Event event, String key, Optional<Caller> visitor) {
        long eventId = event.id();
        long confirmed = repository.countRegistrations(eventId, key, Registration.Status.CONFIRMED);
        List<Registration> waiting = repository.waiting(eventId, key);
        Optional<Registration> mine =
                visitor.flatMap(c -> repository.registration(eventId, key, c.accountId()));
        Integer position =
                mine.filter(r -> r.status() == Registration.Status.WAITING)
                        .map(r -> waiting.indexOf(r) + 1)
                        .orElse(null);
        return new SeatsView(
                OccurrenceKey.originalStart(key).orElse(null),
                event.capacity(),
                confirmed,
                waiting.size(),
                mine.map(r -> r.status().name().toLowerCase(java.util.Locale.ROOT)).orElse(null),
                position);
    }

    /** An occurrence as a client names it: its original start, ISO-8601 with offset; or none. */
    public static OffsetDateTime occurrence(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw RuleViolation.of("occurrence", "agenda.occurrence.unknown");
        }
    }

    /**
     * The key of the occurrence a client named; for a recurring event without one, the next
     * occurrence (what the page of the event shows first).
     */
    private String key(Event event, OffsetDateTime occurrence) {
        return OccurrenceKey.of(
                event, occurrence(event, occurrence).originalStart().toOffsetDateTime());
    }

    private Occurrence occurrence(Event event, OffsetDateTime occurrence) {
        if (event.recurring() && occurrence == null) {
            java.time.ZonedDateTime now = OffsetDateTime.now(clock).atZoneSameInstant(Event.ZONE);
            return event.occurrences(now, now.plusYears(1)).stream()
                    .filter(o -> !o.cancelled())
                    .findFirst()
                    .or(() -> OccurrenceKey.find(event, event.startsAt()))
                    .orElseThrow(() -> RuleViolation.of("occurrence", "agenda.occurrence.unknown"));
        }
        return OccurrenceKey.find(event, occurrence)
                .orElseThrow(() -> RuleViolation.of("occurrence", "agenda.occurrence.unknown"));
    }
}
