package org.relais.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DailyJobsTest {
    @ParameterizedTest(name = "at {0} Paris time, next {1} → in {2}")
    @CsvSource({
        "2026-03-02T06:00:00, 07:00, PT1H",
        "2026-03-02T07:00:00, 07:00, PT24H",
        "2026-03-02T07:00:01, 07:00, PT23H59M59S",
        "2026-03-02T23:30:00, 07:00, PT7H30M",
        "2026-11-23T06:00:00, 07:30, PT1H30M",
        "2026-11-23T20:00:00, 07:30, PT11H30M",
        "2026-11-23T20:00:00, 03:30, PT7H30M",
        // the night clocks go forward (29 March 2026), the day is 23 hours long
        "2026-03-28T07:00:00, 07:00, PT23H",
        "2026-03-28T08:00:00, 07:30, PT22H30M",
        // and back (25 October 2026), 25 hours long
        "2026-10-24T07:00:00, 07:00, PT25H",
        // a time that does not exist that night (02:30 on 29 March) runs an hour later, once
        "2026-03-28T12:00:00, 02:30, PT14H30M",
    })
    void waitsForTheNextTimeOfDayInParis(String now, LocalTime at, Duration expected) {
        assertEquals(
                expected,
                DailyJobs.delayUntilNext(
                        ZonedDateTime.of(LocalDateTime.parse(now), DailyJobs.PARIS), at));
    }
}
