package org.relais.agenda.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;

class RecurrenceTest {
    private static ZonedDateTime paris(String local) {
        return LocalDateTime.parse(local).atZone(Event.ZONE);
    }

    private static Recurrence rule(String text) {
        return Recurrence.parse(text).orElseThrow();
    }

    @Test
    void weeklyKeepsItsLocalTimeAcrossTheMarchChangeToSummerTime() {
        // France moves to summer time on Sunday 28 March 2027
        List<ZonedDateTime> starts =
                rule("RRULE:FREQ=WEEKLY;BYDAY=TU")
                        .starts(
                                paris("2027-03-16T18:00"),
                                paris("2027-03-16T00:00"),
                                paris("2027-04-07T00:00"));
        assertEquals(4, starts.size());
        for (ZonedDateTime start : starts) {
            assertEquals(LocalTime.of(18, 0), start.toLocalTime());
        }
        assertEquals(ZoneOffset.ofHours(1), starts.get(1).getOffset()); // 23 March
        assertEquals(ZoneOffset.ofHours(2), starts.get(2).getOffset()); // 30 March
        assertEquals(LocalDate.of(2027, 3, 30), starts.get(2).toLocalDate());
    }

    @Test
    void weeklyKeepsItsLocalTimeAcrossTheOctoberChangeToWinterTime() {
        // France goes back to winter time on Sunday 25 October 2026
        List<ZonedDateTime> starts =
                rule("FREQ=WEEKLY;BYDAY=TH")
                        .starts(
                                paris("2026-10-15T14:00"),
                                paris("2026-10-15T00:00"),
                                paris("2026-11-01T00:00"));
        assertEquals(
                List.of(
                        paris("2026-10-15T14:00"),
                        paris("2026-10-22T14:00"),
                        paris("2026-10-29T14:00")),
                starts);
        assertEquals(ZoneOffset.ofHours(2), starts.get(1).getOffset());
        assertEquals(ZoneOffset.ofHours(1), starts.get(2).getOffset());
    }

    @Test
    void aDailyRuleOverTheOctoberNightHasTwentyFiveHoursBetweenTwoStarts() {
        List<ZonedDateTime> starts =
                rule("FREQ=DAILY;COUNT=3")
                        .starts(
                                paris("2026-10-24T09:30"),
                                paris("2026-10-24T00:00"),
                                paris("2026-11-30T00:00"));
        assertEquals(3, starts.size());
        assertEquals(25, java.time.Duration.between(starts.get(0), starts.get(1)).toHours());
        assertEquals(LocalTime.of(9, 30), starts.get(2).toLocalTime());
    }

    @Test
    void monthlyOnTheFirstThursdayWithACount() {
        Recurrence monthly = rule("FREQ=MONTHLY;BYDAY=1TH;COUNT=4");
        List<ZonedDateTime> starts =
                monthly.starts(
                        paris("2026-12-03T18:30"),
                        paris("2026-12-01T00:00"),
                        paris("2028-01-01T00:00"));
        assertEquals(
                List.of(
                        paris("2026-12-03T18:30"),
                        paris("2027-01-07T18:30"),
                        paris("2027-02-04T18:30"),
                        paris("2027-03-04T18:30")),
                starts);
        assertEquals(paris("2027-03-04T18:30"), monthly.lastStart(paris("2026-12-03T18:30")));
    }

    @Test
    void aCountIsCountedFromTheFirstOccurrenceNotFromTheWindow() {
        List<ZonedDateTime> starts =
                rule("FREQ=WEEKLY;INTERVAL=2;COUNT=3")
                        .starts(
                                paris("2026-12-01T10:00"),
                                paris("2026-12-20T00:00"),
                                paris("2027-06-01T00:00"));
        assertEquals(List.of(paris("2026-12-29T10:00")), starts);
    }

    @Test
    void untilIsTheLastDayIncludedAndAnEndlessRuleHasNoLastStart() {
        Recurrence until = rule("FREQ=WEEKLY;UNTIL=20261215");
        assertEquals(paris("2026-12-15T17:00"), until.lastStart(paris("2026-12-01T17:00")));
        assertTrue(until.rule().startsWith("FREQ=WEEKLY;UNTIL=20261215T"));
        assertNull(rule("FREQ=WEEKLY").lastStart(paris("2026-12-01T17:00")));
    }

    @Test
    void theRuleIsWrittenBackNormalised() {
        assertEquals(
                "FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR",
                rule("rrule:freq=monthly;interval=2;byday=-1fr").rule());
        assertTrue(Recurrence.parse("  ").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "FREQ=YEARLY|agenda.recurrence.frequency",
                "BYDAY=MO|agenda.recurrence.frequency",
                "FREQ=WEEKLY;BYHOUR=10|agenda.recurrence.part",
                "FREQ=WEEKLY;INTERVAL=0|agenda.recurrence.interval",
                "FREQ=WEEKLY;INTERVAL=x|agenda.recurrence.interval",
                "FREQ=WEEKLY;COUNT=1000|agenda.recurrence.count",
                "FREQ=WEEKLY;COUNT=3;UNTIL=20270101|agenda.recurrence.count-and-until",
                "FREQ=WEEKLY;UNTIL=2027-01-01|agenda.recurrence.until",
                "FREQ=WEEKLY;BYDAY=LU|agenda.recurrence.day",
                "FREQ=WEEKLY;BYDAY=1MO|agenda.recurrence.day-position",
                "FREQ=WEEKLY;FREQ=DAILY|agenda.recurrence.part"
            })
    void refusesWhatIsOutsideTheSubset(String text, String key) {
        RuleViolation violation = assertThrows(RuleViolation.class, () -> Recurrence.parse(text));
        assertTrue(
                violation.errors().stream().map(FieldError::messageKey).anyMatch(key::equals),
                () -> violation.errors().stream().map(FieldError::messageKey).toList().toString());
        assertTrue(violation.errors().stream().allMatch(e -> e.field().equals("recurrence")));
    }
}
