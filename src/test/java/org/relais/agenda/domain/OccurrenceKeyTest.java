package org.relais.agenda.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Registrations name an occurrence by its original start, which a move does not change. */
public class OccurrenceKeyTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-20T10:00:00+01:00");

    /** A weekly event of the rule (a one-off one without), as a test of another package needs. */
    public static Event event(String rule) {
        return new Event(
                "test@relais",
                7,
                EventTest.weekly("2026-12-01T14:00", "2026-12-01T17:00", rule),
                Publication.PUBLISHED,
                NOW);
    }

    private static OffsetDateTime at(String local) {
        return EventTest.paris(local).toOffsetDateTime();
    }

    @Test
    void aOneOffEventHasOneOccurrenceWhateverTheClientNames() {
        Event event = event(null);
        assertEquals(OccurrenceKey.ONE_OFF, OccurrenceKey.of(event, at("2026-12-01T14:00")));
        assertEquals(
                EventTest.paris("2026-12-01T14:00"),
                OccurrenceKey.find(event, null).orElseThrow().start());
        assertTrue(OccurrenceKey.originalStart(OccurrenceKey.ONE_OFF).isEmpty());
    }

    @Test
    void anOccurrenceOfASeriesIsNamedByItsOriginalStartEvenWhenMoved() {
        Event event = event("FREQ=WEEKLY;COUNT=4");
        OffsetDateTime third = at("2026-12-15T14:00");
        String key = OccurrenceKey.of(event, third);
        assertEquals(Long.toString(third.toEpochSecond()), key);
        assertEquals(third.toInstant(), OccurrenceKey.originalStart(key).orElseThrow().toInstant());

        event.changeOccurrence(third, at("2026-12-17T09:00"), at("2026-12-17T12:00"), NOW);
        Occurrence moved = OccurrenceKey.find(event, third).orElseThrow();
        assertTrue(moved.moved());
        assertEquals(EventTest.paris("2026-12-17T09:00"), moved.start());
        assertEquals(key, OccurrenceKey.of(event, moved.originalStart().toOffsetDateTime()));
    }

    @Test
    void aStartThatIsNoOccurrenceOfTheSeriesIsNotFound() {
        Event event = event("FREQ=WEEKLY;COUNT=4");
        assertTrue(OccurrenceKey.find(event, at("2026-12-02T14:00")).isEmpty());
        assertTrue(OccurrenceKey.find(event, at("2026-12-29T14:00")).isEmpty());
        assertTrue(OccurrenceKey.find(event, null).isEmpty());
    }

    @Test
    void aCancelledOccurrenceIsFoundAndMarked() {
        Event event = event("FREQ=WEEKLY;COUNT=4");
        event.changeOccurrence(at("2026-12-08T14:00"), null, null, NOW);
        assertTrue(OccurrenceKey.find(event, at("2026-12-08T14:00")).orElseThrow().cancelled());
    }
}
