package org.relais.platform.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigestScheduleTest {
    @ParameterizedTest(name = "at {0} Paris time → in {1}")
    @CsvSource({
        "2026-03-02T06:00:00, PT1H",
        "2026-03-02T07:00:00, PT24H",
        "2026-03-02T07:00:01, PT23H59M59S",
        "2026-03-02T23:30:00, PT7H30M",
        // the night clocks go forward (29 March 2026), the day is 23 hours long
        "2026-03-28T07:00:00, PT23H",
        // and back (25 October 2026), 25 hours long
        "2026-10-24T07:00:00, PT25H",
    })
    void waitsForTheNextSevenOClockInParis(String now, Duration expected) {
        assertEquals(
                expected,
                DigestSchedule.delayUntilNext(
                        ZonedDateTime.of(LocalDateTime.parse(now), DigestSchedule.PARIS)));
    }
}
