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
import org.relais.agenda.domain.Registration;
import org.relais.agenda.domain.Seats;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.security.Caller;

/**
 * Built-in registration to an event with a capacity: a seat while there are some, else a place in
 * the waiting line; leaving frees a seat for the first in line. The event's row is locked while
 * seats are counted, so that two members registering at once cannot both take the last seat.
 */
@ApplicationScoped
@Transactional
public class RegistrationService {
    @Inject AgendaRepository repository;
    @Inject Clock clock;

    /** Seats of an event, and where the visitor stands (null status: not registered). */
    public record SeatsView(
            Integer capacity, long confirmed, long waiting, String status, Integer position) {
        public boolean open() {
            return capacity != null;
        }

        public boolean full() {
            return capacity != null && confirmed >= capacity;
        }
    }

    public SeatsView register(Caller caller, long eventId) {
        Event event = repository.lock(eventId);
        if (!event.isPublished()) {
            throw new NotFoundException("agenda.event.not-found");
        }
        if (event.capacity() == null || event.status() == EventStatus.CANCELLED) {
            throw new ConflictException("agenda.registration.closed");
        }
        if (repository.registration(eventId, caller.accountId()).isEmpty()) {
            long confirmed = repository.countRegistrations(eventId, Registration.Status.CONFIRMED);
            repository.store(
                    new Registration(
                            eventId,
                            caller.accountId(),
                            Seats.forNewcomer(event.capacity(), confirmed),
                            OffsetDateTime.now(clock)));
        }
        return seats(eventId, Optional.of(caller));
    }

    public SeatsView leave(Caller caller, long eventId) {
        Event event = repository.lock(eventId);
        Registration registration =
                repository
                        .registration(eventId, caller.accountId())
                        .orElseThrow(() -> new NotFoundException("agenda.registration.none"));
        repository.remove(registration);
        fill(event);
        return seats(eventId, Optional.of(caller));
    }

    /** Gives the seats free (after someone left or the capacity grew) to the first in line. */
    void fill(Event event) {
        if (event.capacity() == null) {
            return;
        }
        long confirmed = repository.countRegistrations(event.id(), Registration.Status.CONFIRMED);
        Seats.toPromote(event.capacity(), confirmed, repository.waiting(event.id()))
                .forEach(Registration::promote);
    }

    public SeatsView seats(long eventId, Optional<Caller> visitor) {
        Event event = repository.get(eventId);
        long confirmed = repository.countRegistrations(eventId, Registration.Status.CONFIRMED);
        List<Registration> waiting = repository.waiting(eventId);
        Optional<Registration> mine =
                visitor.flatMap(c -> repository.registration(eventId, c.accountId()));
        Integer position =
                mine.filter(r -> r.status() == Registration.Status.WAITING)
                        .map(r -> waiting.indexOf(r) + 1)
                        .orElse(null);
        return new SeatsView(
                event.capacity(),
                confirmed,
                waiting.size(),
                mine.map(r -> r.status().name().toLowerCase(java.util.Locale.ROOT)).orElse(null),
                position);
    }
}
