package org.relais.platform.time;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs jobs once a day at a fixed time of day in Paris. Each run schedules the next one from the
 * clock, so the hour holds across daylight-saving changes (a fixed 24-hour period would drift by
 * one hour twice a year), and a failing run is logged without cancelling the following days.
 */
@ApplicationScoped
public class DailyJobs {
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Logger LOG = Logger.getLogger(DailyJobs.class.getName());

    /** Keeps a run that fired a little early from being scheduled again for the same day. */
    private static final Duration MARGIN = Duration.ofMinutes(1);

    @Resource ManagedScheduledExecutorService executor;
    @Inject Clock clock;

    /**
     * Runs {@code job} every day at {@code at}, Paris time, from now on; {@code failure} is the log
     * line (in French, for the operators) when a run throws.
     */
    public void everyDayAt(LocalTime at, Runnable job, String failure) {
        scheduleNext(at, job, failure, Duration.ZERO);
    }

    private void scheduleNext(LocalTime at, Runnable job, String failure, Duration margin) {
        ZonedDateTime from = ZonedDateTime.now(clock.withZone(PARIS)).plus(margin);
        executor.schedule(
                () -> runThenReschedule(at, job, failure),
                delayUntilNext(from, at).plus(margin).toSeconds(),
                TimeUnit.SECONDS);
    }

    private void runThenReschedule(LocalTime at, Runnable job, String failure) {
        try {
            job.run();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, failure, e);
        } finally {
            scheduleNext(at, job, failure, MARGIN);
        }
    }

    /** How long from {@code now} until the next {@code at} on the wall clock of its zone. */
    static Duration delayUntilNext(ZonedDateTime now, LocalTime at) {
        ZonedDateTime next = now.with(at);
        if (!next.isAfter(now)) {
            next = now.plusDays(1).with(at);
        }
        return Duration.between(now, next);
    }
}
