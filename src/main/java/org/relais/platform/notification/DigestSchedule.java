package org.relais.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.relais.platform.persistence.StartupTask;
import org.relais.platform.time.DailyJobs;

/**
 * Sends the daily digest every day at 07:00, Paris time, and the weekly one on Mondays at the same
 * hour.
 */
@ApplicationScoped
public class DigestSchedule implements StartupTask {
    static final LocalTime AT = LocalTime.of(7, 0);

    @Inject Digests digests;
    @Inject DailyJobs daily;
    @Inject Clock clock;

    @Override
    public int order() {
        return 510;
    }

    @Override
    public void run() {
        daily.everyDayAt(AT, this::send, "Échec de l'envoi des résumés de notifications");
    }

    private void send() {
        digests.send(EmailFrequency.DAILY);
        if (ZonedDateTime.now(clock.withZone(DailyJobs.PARIS)).getDayOfWeek() == DayOfWeek.MONDAY) {
            digests.send(EmailFrequency.WEEKLY);
        }
    }
}
