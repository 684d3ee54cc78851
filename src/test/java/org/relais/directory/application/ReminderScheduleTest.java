package org.relais.directory.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReminderScheduleTest {
    @ParameterizedTest
    @CsvSource({
        "2026-11-23T06:00:00+01:00[Europe/Paris], PT1H30M",
        "2026-11-23T07:30:00+01:00[Europe/Paris], PT24H",
        "2026-11-23T20:00:00+01:00[Europe/Paris], PT11H30M",
        // the night summer time starts, the day has 23 hours
        "2026-03-28T08:00:00+01:00[Europe/Paris], PT22H30M",
    })
    void remindersGoOutAtHalfPastSevenParisTime(String now, String expected) {
        assertEquals(
                Duration.parse(expected),
                ReminderSchedule.delayUntilNext(ZonedDateTime.parse(now)));
    }
}
