package org.relais.agenda.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Which occurrence of an event a registration is for: empty for a one-off event, else the
 * occurrence's original start (its iCalendar RECURRENCE-ID) in seconds since the epoch, which stays
 * the same when the occurrence is moved.
 */
public final class OccurrenceKey {
    public static final String ONE_OFF = "";

    /** How far from now an occurrence named by a client is looked for. */
    static final int SEARCH_YEARS = 3;

    private OccurrenceKey() {}

    public static String of(Event event, OffsetDateTime originalStart) {
        return event.recurring() ? Long.toString(originalStart.toEpochSecond()) : ONE_OFF;
    }

    /** The original start an occurrence key stands for; empty for a one-off event. */
    public static Optional<OffsetDateTime> originalStart(String key) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                OffsetDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(key)), Event.ZONE));
    }

    /**
     * The occurrence of the event that originally starts at this instant, if the event has one; a
     * one-off event has only its own.
     */
    public static Optional<Occurrence> find(Event event, OffsetDateTime originalStart) {
        if (!event.recurring()) {
            ZonedDateTime start = event.startsAt().atZoneSameInstant(Event.ZONE);
            return event.occurrences(start.minusDays(1), start.plusYears(SEARCH_YEARS)).stream()
                    .findFirst();
        }
        if (originalStart == null) {
            return Optional.empty();
        }
        ZonedDateTime at = originalStart.atZoneSameInstant(Event.ZONE);
        return event.occurrences(at.minusYears(SEARCH_YEARS), at.plusYears(SEARCH_YEARS)).stream()
                .filter(o -> o.originalStart().toInstant().equals(originalStart.toInstant()))
                .findFirst();
    }
}
