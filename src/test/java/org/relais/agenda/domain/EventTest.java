package org.relais.agenda.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class EventTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-20T10:00:00+01:00");

    public static ZonedDateTime paris(String local) {
        return LocalDateTime.parse(local).atZone(Event.ZONE);
    }

    static EventDetails weekly(String start, String end, String rule) {
        return new EventDetails(
                "Permanence numérique",
                "Aide aux démarches",
                "<p>Aide aux démarches</p>",
                paris(start).toOffsetDateTime(),
                paris(end).toOffsetDateTime(),
                false,
                null,
                null,
                null,
                "12 rue de la Poste, Rennes",
                null,
                Map.of("demarches-en-ligne", "démarches en ligne"),
                null,
                null,
                null,
                null,
                rule);
    }

    private static Event event(String rule) {
        return new Event(
                "test@relais",
                7,
                weekly("2026-12-01T14:00", "2026-12-01T17:00", rule),
                Publication.PUBLISHED,
                NOW);
    }

    @Test
    void aCancelledOccurrenceIsMarkedAndAMovedOneListedAtItsNewTime() {
        Event event = event("FREQ=WEEKLY;BYDAY=TU;COUNT=4");
        assertTrue(
                event.changeOccurrence(
                        paris("2026-12-08T14:00").toOffsetDateTime(), null, null, NOW));
        assertTrue(
                event.changeOccurrence(
                        paris("2026-12-15T14:00").toOffsetDateTime(),
                        paris("2026-12-17T09:00").toOffsetDateTime(),
                        paris("2026-12-17T12:00").toOffsetDateTime(),
                        NOW));
        List<Occurrence> list =
                event.occurrences(paris("2026-12-01T00:00"), paris("2027-01-01T00:00"));
        assertEquals(4, list.size());
        assertFalse(list.get(0).cancelled());
        assertTrue(list.get(1).cancelled());
        assertEquals(paris("2026-12-17T09:00"), list.get(2).start());
        assertEquals(paris("2026-12-15T14:00"), list.get(2).originalStart());
        assertTrue(list.get(2).moved());
        assertEquals(paris("2026-12-22T14:00"), list.get(3).start());
        assertEquals(2, event.sequence());
    }

    @Test
    void anOccurrenceOutsideTheSeriesCannotBeChanged() {
        Event event = event("FREQ=WEEKLY;BYDAY=TU;COUNT=4");
        assertFalse(
                event.changeOccurrence(
                        paris("2026-12-09T14:00").toOffsetDateTime(), null, null, NOW));
        assertFalse(
                event.changeOccurrence(
                        paris("2026-12-29T14:00").toOffsetDateTime(), null, null, NOW));
        assertEquals(0, event.sequence());
    }

    @Test
    void everyPublicChangeRaisesTheSequenceAndCancellingMarksEveryOccurrence() {
        Event event = event(null);
        event.revise(weekly("2026-12-01T15:00", "2026-12-01T17:00", null), NOW);
        assertEquals(1, event.sequence());
        event.changeStatus(EventStatus.CANCELLED, NOW);
        event.changeStatus(EventStatus.CANCELLED, NOW);
        assertEquals(2, event.sequence());
        List<Occurrence> list =
                event.occurrences(paris("2026-12-01T00:00"), paris("2026-12-02T00:00"));
        assertEquals(1, list.size());
        assertTrue(list.get(0).cancelled());
    }

    @Test
    void anEventStillRunningAtTheStartOfTheWindowIsListed() {
        Event event = event("FREQ=DAILY");
        List<Occurrence> list =
                event.occurrences(paris("2026-12-02T15:00"), paris("2026-12-02T16:00"));
        assertEquals(1, list.size());
        assertEquals(paris("2026-12-02T14:00"), list.get(0).start());
    }
}
