package org.relais.platform.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.platform.persistence.StartupTask;

/**
 * Sends the daily digest every day at 07:00, Paris time, and the weekly one on Mondays at the same
 * hour. Each run schedules the next one, so the hour stays 07:00 across daylight-saving changes.
 */
@ApplicationScoped
public class DigestSchedule implements StartupTask {
    private static final Logger LOG = Logger.getLogger(DigestSchedule.class.getName());
    static final LocalTime AT = LocalTime.of(7, 0);
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Resource ManagedScheduledExecutorService executor;
    @Inject Digests digests;
    @Inject Clock clock;

    @Override
    public int order() {
        return 510;
    }

    @Override
    public void run() {
        scheduleNext(Duration.ZERO);
    }

    /**
     * Schedules the next run; {@code margin} keeps a run that fired early from repeating itself.
     */
    private void scheduleNext(Duration margin) {
        ZonedDateTime from = ZonedDateTime.now(clock.withZone(PARIS)).plus(margin);
        executor.schedule(
                this::sendQuietly, delayUntilNext(from).plus(margin).toSeconds(), TimeUnit.SECONDS);
    }

    private void sendQuietly() {
        try {
            digests.send(EmailFrequency.DAILY);
            if (ZonedDateTime.now(clock.withZone(PARIS)).getDayOfWeek() == DayOfWeek.MONDAY) {
                digests.send(EmailFrequency.WEEKLY);
            }
        } catch (RuntimeException e) {
            // a failing day must not cancel the following ones
            LOG.log(Level.SEVERE, "Échec de l'envoi des résumés de notifications", e);
        } finally {
            scheduleNext(Duration.ofMinutes(1));
        }
    }

    /** How long until the next 07:00 in Paris. */
    static Duration delayUntilNext(ZonedDateTime now) {
        ZonedDateTime next = now.with(AT);
        if (!next.isAfter(now)) {
            next = now.plusDays(1).with(AT);
        }
        return Duration.between(now, next);
    }
}
