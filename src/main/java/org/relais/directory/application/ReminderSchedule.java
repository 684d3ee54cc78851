package org.relais.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import org.relais.platform.persistence.StartupTask;
import org.relais.platform.time.DailyJobs;

/** Schedules the managers' reminders every day at 07:30, Paris time, from start-up on. */
@ApplicationScoped
public class ReminderSchedule implements StartupTask {
    static final LocalTime AT = LocalTime.of(7, 30);

    @Inject PlaceReminders reminders;
    @Inject DailyJobs daily;

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void run() {
        daily.everyDayAt(
                AT,
                reminders::sendDueToday,
                "Échec de l'envoi des rappels de mise à jour des lieux");
    }
}
