package org.relais.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.relais.platform.demo.DemoContext;

/** The demo loader sets the application clock back for one item, on its own thread only. */
class ApplicationClockTest {
    private final Clock clock = new ApplicationClock(ZoneOffset.UTC);
    private final DemoContext context = new DemoContext(Instant.parse("2026-11-25T03:40:00Z"));

    @Test
    void outsideTheDemoItReadsTheSystemTime() {
        Instant now = Instant.now();
        assertTrue(Duration.between(now, clock.instant()).abs().toSeconds() < 5);
    }

    @Test
    void whileADemoItemIsWrittenItReadsThatItemsInstantThenTheSystemTimeAgain() {
        Instant asked = context.ago(40, 9, 30);
        Instant answered = asked.plus(Duration.ofHours(6));

        Instant[] seen =
                context.at(
                        asked,
                        () ->
                                new Instant[] {
                                    clock.instant(),
                                    context.at(answered, clock::instant),
                                    clock.withZone(DailyJobs.PARIS).instant()
                                });

        assertEquals(asked, seen[0]);
        assertEquals(answered, seen[1], "the inner item's instant");
        assertEquals(asked, seen[2], "back to the outer item's, in any zone");
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5);
    }

    @Test
    void otherThreadsKeepTheSystemTime() {
        Instant other =
                context.at(
                        context.ago(30, 10, 0),
                        () -> CompletableFuture.supplyAsync(clock::instant).join());
        assertTrue(Duration.between(Instant.now(), other).abs().toSeconds() < 5);
    }

    @Test
    void demoDaysAreCountedInParisAndNeverReachTheDayOfLoading() {
        assertEquals(
                LocalDateTime.parse("2026-10-16T09:30"),
                LocalDateTime.ofInstant(context.ago(40, 9, 30), DailyJobs.PARIS));
        assertThrows(IllegalArgumentException.class, () -> context.ago(0, 9, 0));
    }
}
