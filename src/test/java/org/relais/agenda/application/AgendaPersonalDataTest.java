package org.relais.agenda.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relais.agenda.domain.Event;
import org.relais.agenda.domain.EventTest;
import org.relais.agenda.domain.OccurrenceKey;
import org.relais.agenda.domain.OccurrenceKeyTest;
import org.relais.agenda.domain.Registration;

/** A registration is exported with the start of the occurrence it holds a seat at. */
class AgendaPersonalDataTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-20T10:00:00+01:00");

    @Test
    void aRegistrationToAOneOffEventIsForTheEventsStart() {
        Event event = OccurrenceKeyTest.event(null);
        var exported =
                AgendaPersonalData.registration(
                        new Registration(
                                42, OccurrenceKey.ONE_OFF, 9, Registration.Status.WAITING, NOW),
                        event);
        assertEquals("42", exported.eventId());
        assertEquals("Permanence numérique", exported.eventTitle());
        assertEquals(event.startsAt().toInstant(), exported.occurrenceStart().toInstant());
        assertEquals("WAITING", exported.status());
        assertEquals(NOW, exported.registeredAt());
    }

    @Test
    void aRegistrationToAnOccurrenceOfASeriesIsForThatOccurrencesOriginalStart() {
        Event event = OccurrenceKeyTest.event("FREQ=WEEKLY;COUNT=4");
        OffsetDateTime third = EventTest.paris("2026-12-15T14:00").toOffsetDateTime();
        var exported =
                AgendaPersonalData.registration(
                        new Registration(
                                42,
                                OccurrenceKey.of(event, third),
                                9,
                                Registration.Status.CONFIRMED,
                                NOW),
                        event);
        assertEquals(third.toInstant(), exported.occurrenceStart().toInstant());
    }

    @Test
    void anOrganisedEventIsExportedWithItsMarkdownSource() {
        var exported = AgendaPersonalData.organised(OccurrenceKeyTest.event(null));
        assertEquals("Aide aux démarches", exported.description());
        assertEquals("PUBLISHED", exported.publication());
        assertEquals("12 rue de la Poste, Rennes", exported.address());
        assertEquals(Set.of("demarches-en-ligne"), exported.tags());
        assertEquals(
                Map.of("demarches-en-ligne", "démarches en ligne"),
                exported.tagLabels(),
                "the words the organiser typed go with each tag");
    }
}
