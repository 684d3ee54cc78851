package org.relais.agenda.domain;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where events are kept. */
public interface AgendaRepository {
    Optional<Event> find(long id);

    Event get(long id);

    void store(Event event);

    void remove(Event event);

    /**
     * Published events that may have an occurrence between {@code from} and {@code to}, narrowed by
     * the filters that are not null; their occurrences are then computed from the rule.
     */
    List<Event> published(AgendaFilter filter, OffsetDateTime from, OffsetDateTime to);

    /**
     * The words typed for these tags on published events (those of the earliest event that has
     * them), by slug; a tag that no published event gives words for is left out.
     */
    Map<String, String> typedTags(Collection<String> slugs);

    /**
     * Events waiting for confirmation at these places (all places when {@code placeIds} is null).
     */
    List<Event> pending(List<String> placeIds);

    /** The newest published events, most recently created first. */
    List<Event> newest(int limit);

    /** Whether there is no event at all (the demo loads only then). */
    boolean isEmpty();

    /** The event, its row locked until the end of the transaction (registrations count seats). */
    Event lock(long id);

    /** A member's registration to one occurrence ({@link OccurrenceKey}). */
    Optional<Registration> registration(long eventId, String occurrence, long accountId);

    void store(Registration registration);

    void remove(Registration registration);

    long countRegistrations(long eventId, String occurrence, Registration.Status status);

    /** Those waiting for a seat at one occurrence, first come first. */
    List<Registration> waiting(long eventId, String occurrence);

    /** Every registration to the event, occurrence by occurrence, first come first. */
    List<Registration> registrations(long eventId);

    /** The events the member registered for (a seat or the waiting line). */
    List<Long> bookedEventIds(long accountId);

    /** The events the member organises, whatever their publication, oldest first. */
    List<Event> organisedBy(long accountId);

    /** The member's registrations, to any occurrence of any event, oldest first. */
    List<Registration> registrationsOf(long accountId);

    /** The events the member registered for, as whole events (see {@link #bookedEventIds}). */
    List<Event> bookedBy(long accountId);

    Optional<FeedToken> feedTokenOf(long accountId);

    Optional<FeedToken> feedTokenByDigest(String digest);

    void store(FeedToken token);

    void remove(FeedToken token);
}
