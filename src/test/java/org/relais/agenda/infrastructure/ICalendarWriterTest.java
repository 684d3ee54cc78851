package org.relais.agenda.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.relais.agenda.application.EventService.FeedEvent;
import org.relais.agenda.application.EventView;
import org.relais.agenda.domain.EventImage;
import org.relais.agenda.domain.EventStatus;
import org.relais.agenda.domain.OccurrenceChange;
import org.relais.agenda.domain.Publication;

class ICalendarWriterTest {
    static EventView event(String description, boolean allDay, String rule, EventStatus status) {
        return event(description, allDay, rule, status, null);
    }

    static EventView event(
            String description, boolean allDay, String rule, EventStatus status, EventImage image) {
        OffsetDateTime start = OffsetDateTime.parse("2026-12-01T14:00:00+01:00");
        return new EventView(
                42,
                "abc-123@relais",
                "Café bidouille ; réparer, partager",
                description,
                "",
                allDay ? OffsetDateTime.parse("2026-12-01T00:00:00+01:00") : start,
                allDay ? OffsetDateTime.parse("2026-12-02T00:00:00+01:00") : start.plusHours(3),
                allDay,
                null,
                null,
                null,
                "12, rue des Lilas, Rennes",
                null,
                List.of("reparation", "fablab"),
                Map.of("fablab", "fablab", "reparation", "réparation"),
                null,
                null,
                null,
                null,
                status,
                Publication.PUBLISHED,
                rule,
                3,
                7,
                "Camille",
                OffsetDateTime.parse("2026-11-01T10:00:00+01:00"),
                OffsetDateTime.parse("2026-11-20T10:00:00+01:00"),
                image);
    }

    static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    @Test
    void aSeriesWithACancelledAndAMovedOccurrenceParsesBackAsOneUid() throws Exception {
        String longText = "Apportez vos objets en panne, on cherche ensemble. ".repeat(5);
        EventView e = event(longText, false, "FREQ=WEEKLY;BYDAY=TU;COUNT=4", EventStatus.SCHEDULED);
        String ics =
                ICalendarWriter.write(
                        "Agenda",
                        List.of(
                                new FeedEvent(
                                        e,
                                        List.of(
                                                OccurrenceChange.cancelled(
                                                        OffsetDateTime.parse(
                                                                "2026-12-08T14:00:00+01:00")),
                                                OccurrenceChange.moved(
                                                        OffsetDateTime.parse(
                                                                "2026-12-15T14:00:00+01:00"),
                                                        OffsetDateTime.parse(
                                                                "2026-12-17T09:00:00+01:00"),
                                                        OffsetDateTime.parse(
                                                                "2026-12-17T12:00:00+01:00"))))),
                        "https://relais.example.org");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris"), ics);
        assertTrue(ics.contains("DTSTART;TZID=Europe/Paris:20261201T140000"), ics);
        assertTrue(ics.contains("SUMMARY:Café bidouille \\; réparer\\, partager"), ics);
        Calendar calendar = parse(ics);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());
        for (VEvent v : events) {
            assertEquals("abc-123@relais", v.getUid().orElseThrow().getValue());
            assertEquals("3", v.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        }
        Property exDate = events.get(0).getProperty(Property.EXDATE).orElseThrow();
        assertEquals("20261208T140000", exDate.getValue());
        Property recurrenceId = events.get(1).getProperty(Property.RECURRENCE_ID).orElseThrow();
        assertEquals("20261215T140000", recurrenceId.getValue());
        for (Property local : List.of(exDate, recurrenceId)) {
            // without its zone the time is floating and would not match the zoned DTSTART
            assertEquals(
                    "Europe/Paris",
                    local.getParameter("TZID")
                            .orElseThrow(() -> new AssertionError(local))
                            .getValue());
        }
        assertEquals(
                java.util.Set.of("FREQ=WEEKLY", "BYDAY=TU", "COUNT=4"),
                java.util.Set.of(
                        events.get(0)
                                .getProperty(Property.RRULE)
                                .orElseThrow()
                                .getValue()
                                .split(";")));
        assertTrue(
                events.get(0)
                        .getProperty(Property.DESCRIPTION)
                        .orElseThrow()
                        .getValue()
                        .startsWith(longText.strip()));
    }

    @Test
    void linesOfAccentedTextAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter()
            throws Exception {
        String accented = "Démarches numériques : réécrire, éditer, créer à l’échelle. ".repeat(6);
        EventView e = event(accented, false, null, EventStatus.SCHEDULED);
        String ics = ICalendarWriter.write("Agenda", List.of(new FeedEvent(e, List.of())), "");
        for (String line : ics.split("\r\n")) {
            byte[] octets = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(octets.length <= 75, octets.length + " octets: " + line);
        }
        assertTrue(
                parse(ics)
                        .<VEvent>getComponents("VEVENT")
                        .get(0)
                        .getProperty(Property.DESCRIPTION)
                        .orElseThrow()
                        .getValue()
                        .startsWith(accented.strip()));
    }

    @Test
    void aCancelledAllDayEventIsWrittenWithDatesAndStatusCancelled() throws Exception {
        EventView e = event("Fermé", true, null, EventStatus.CANCELLED);
        String ics = ICalendarWriter.write("Agenda", List.of(new FeedEvent(e, List.of())), "");
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20261201"), ics);
        assertTrue(ics.contains("DTEND;VALUE=DATE:20261202"), ics);
        VEvent v = parse(ics).<VEvent>getComponents("VEVENT").get(0);
        assertEquals("CANCELLED", v.getProperty(Property.STATUS).orElseThrow().getValue());
        assertTrue(v.getProperty(Property.DTSTAMP).isPresent());
    }

    @Test
    void aCancelledDayOfAnAllDaySeriesIsExcludedAsADate() throws Exception {
        EventView e = event("Fermé", true, "FREQ=WEEKLY;COUNT=3", EventStatus.SCHEDULED);
        OffsetDateTime cancelled = OffsetDateTime.parse("2026-12-08T00:00:00+01:00");
        String ics =
                ICalendarWriter.write(
                        "Agenda",
                        List.of(new FeedEvent(e, List.of(OccurrenceChange.cancelled(cancelled)))),
                        "");
        assertTrue(ics.contains("\r\nEXDATE;VALUE=DATE:20261208\r\n"), ics);
    }

    @Test
    void anImageIsAnImagePropertyByUriWithItsType() throws Exception {
        EventImage image =
                new EventImage("ab".repeat(32), "image/webp", "Affiche du café bidouille");
        EventView e = event("Réparer ensemble", false, null, EventStatus.SCHEDULED, image);
        String ics =
                ICalendarWriter.write(
                        "Agenda", List.of(new FeedEvent(e, List.of())), "https://relais.test");
        VEvent v = parse(ics).<VEvent>getComponents("VEVENT").get(0);
        Property property = v.getProperty("IMAGE").orElseThrow();
        assertEquals(
                "https://relais.test/agenda/evenements/42/image?v=" + "ab".repeat(6),
                property.getValue());
        assertEquals("URI", property.getParameter("VALUE").orElseThrow().getValue());
        assertEquals("image/webp", property.getParameter("FMTTYPE").orElseThrow().getValue());
    }

    @Test
    void anEventWithoutImageHasNoImageProperty() throws Exception {
        EventView e = event("Réparer ensemble", false, null, EventStatus.SCHEDULED);
        String ics = ICalendarWriter.write("Agenda", List.of(new FeedEvent(e, List.of())), "");
        assertTrue(
                parse(ics).<VEvent>getComponents("VEVENT").get(0).getProperty("IMAGE").isEmpty());
    }

    @Test
    void feedsNameTagsInTheWordsTypedAndKeepTheSlugAsAtomTerm() throws Exception {
        EventView e = event("Réparer ensemble", false, null, EventStatus.SCHEDULED);
        String ics = ICalendarWriter.write("Agenda", List.of(new FeedEvent(e, List.of())), "");
        assertEquals(
                "réparation,fablab",
                parse(ics)
                        .<VEvent>getComponents("VEVENT")
                        .get(0)
                        .getProperty(Property.CATEGORIES)
                        .orElseThrow()
                        .getValue());

        String atom =
                AtomWriter.write(
                        "Agenda",
                        "/agenda.atom",
                        List.of(new AtomWriter.Entry(e, e.start())),
                        "http://localhost:8080",
                        e.updatedAt());
        assertTrue(atom.contains("<category term=\"reparation\" label=\"réparation\"/>"), atom);
        assertTrue(atom.contains("<category term=\"fablab\" label=\"fablab\"/>"), atom);
    }
}
