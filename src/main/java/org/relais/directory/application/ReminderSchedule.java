package org.relais.directory.application;

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
import org.relais.platform.persistence.StartupTask;

/** Schedules the managers' reminders every day at 07:30, Paris time, from start-up on. */
@ApplicationScoped
public class ReminderSchedule implements StartupTask {
    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());
    static final LocalTime AT = LocalTime.of(7, 30);
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Resource ManagedScheduledExecutorService executor;
    @Inject PlaceReminders reminders;
    @Inject Clock clock;

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void run() {
        executor.scheduleAtFixedRate(
                this::sendQuietly,
                delayUntilNext(ZonedDateTime.now(clock.withZone(PARIS))).toSeconds(),
                TimeUnit.DAYS.toSeconds(1),
                TimeUnit.SECONDS);
    }

    private void sendQuietly() {
        try {
            reminders.sendDueToday();
        } catch (RuntimeException e) {
            // a failing day must not cancel the following ones
            LOG.log(Level.SEVERE, "Échec de l'envoi des rappels de mise à jour des lieux", e);
        }
    }

    /** How long until the next 07:30 in Paris. */
    static Duration delayUntilNext(ZonedDateTime now) {
        ZonedDateTime next = now.with(AT);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next);
    }
}
