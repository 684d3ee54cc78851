package org.relais.agenda.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relais.agenda.application.PlaceLink.LinkedPlace;
import org.relais.agenda.domain.Event;
import org.relais.agenda.domain.EventDetails;
import org.relais.agenda.domain.Recurrence;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.markdown.RenderedMarkdown;

/** The demo's events and the form rules, checked without a container. */
class DemoAgendaTest {
    static EventDetails check(EventDraft draft) {
        Optional<LinkedPlace> place =
                draft.placeId() == null
                        ? Optional.empty()
                        : Optional.of(
                                new LinkedPlace(
                                        draft.placeId(), "Lieu", "Rennes", "53", List.of(1L)));
        return EventRules.check(draft, place, source -> new RenderedMarkdown(source, "<p>x</p>"));
    }

    @Test
    void everyDemoEventPassesTheRulesWhateverTheDayOfLoading() {
        for (int offset = 0; offset < 7; offset++) {
            LocalDate today = LocalDate.of(2026, 11, 23).plusDays(offset);
            for (DemoAgenda.DemoEvent demo : DemoAgenda.EVENTS) {
                EventDetails details = check(DemoAgenda.draft(demo, today));
                assertTrue(!details.start().toLocalDate().isBefore(today), demo.title());
            }
        }
    }

    @Test
    void theMonthlyCafeStartsOnAFirstThursdayAndRepeatsOnThem() {
        DemoAgenda.DemoEvent cafe =
                DemoAgenda.EVENTS.stream()
                        .filter(d -> "FREQ=MONTHLY;BYDAY=1TH".equals(d.recurrence()))
                        .findFirst()
                        .orElseThrow();
        EventDetails details = check(DemoAgenda.draft(cafe, LocalDate.of(2026, 11, 23)));
        ZonedDateTime start = details.start().atZoneSameInstant(Event.ZONE);
        assertEquals(LocalDate.of(2026, 12, 3), start.toLocalDate());
        List<ZonedDateTime> next =
                Recurrence.parse(details.recurrence())
                        .orElseThrow()
                        .starts(start, start, start.plusMonths(3));
        assertEquals(3, next.size());
        assertTrue(
                next.stream()
                        .allMatch(
                                d ->
                                        d.getDayOfWeek() == DayOfWeek.THURSDAY
                                                && d.getDayOfMonth() <= 7));
    }

    @Test
    void aDateAloneMakesAnAllDayEventEndingAtTheNextMidnightInParis() {
        EventDetails details =
                check(
                        new EventDraft(
                                "Journée portes ouvertes",
                                "",
                                "2027-03-27",
                                "2027-03-28",
                                null,
                                null,
                                "1 place de la Mairie",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null));
        assertTrue(details.allDay());
        assertEquals("2027-03-27T00:00+01:00", details.start().toString());
        // 29 March begins after the change to summer time
        assertEquals("2027-03-29T00:00+02:00", details.end().toString());
    }

    @Test
    void tagsKeepTheFirstWordsTypedForEachSlug() {
        EventDetails details =
                check(
                        new EventDraft(
                                "Atelier réemploi",
                                "",
                                "2027-03-27T14:00",
                                "2027-03-27T17:00",
                                false,
                                null,
                                "1 place de la Mairie",
                                null,
                                List.of(
                                        "Matériel informatique",
                                        "matériel informatique",
                                        "Réemploi"),
                                null,
                                null,
                                null,
                                null,
                                null));
        assertEquals(
                Map.of("materiel-informatique", "Matériel informatique", "reemploi", "Réemploi"),
                details.tags());
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        RuleViolation violation =
                assertThrows(
                        RuleViolation.class,
                        () ->
                                check(
                                        new EventDraft(
                                                "Abc",
                                                null,
                                                "demain",
                                                "2027-01-01T10:00",
                                                false,
                                                null,
                                                null,
                                                "ftp://exemple.fr",
                                                null,
                                                null,
                                                null,
                                                null,
                                                "pas une adresse",
                                                "FREQ=HOURLY")));
        assertEquals(
                List.of("title", "start", "onlineUrl", "placeId", "registrationUrl", "recurrence"),
                violation.errors().stream().map(FieldError::field).toList());
    }
}
