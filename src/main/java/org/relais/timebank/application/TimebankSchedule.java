package org.relais.timebank.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.platform.persistence.StartupTask;
import org.relais.platform.time.DailyJobs;

/**
 * Melts idle credits every night at 03:30, Paris time, when the policy is on, and audits the ledger
 * every {@code relais.timebank.audit.period-minutes} (an hour by default).
 */
@ApplicationScoped
public class TimebankSchedule implements StartupTask {
    private static final Logger LOG = Logger.getLogger(TimebankSchedule.class.getName());
    static final LocalTime MELT_AT = LocalTime.of(3, 30);

    @Resource ManagedScheduledExecutorService executor;
    @Inject MeltingJob melting;
    @Inject AuditWatch audit;
    @Inject TimebankSettings settings;
    @Inject DailyJobs daily;

    @Override
    public int order() {
        return 520;
    }

    @Override
    public void run() {
        daily.everyDayAt(MELT_AT, melting::runToday, "Échec de la fonte des heures inutilisées");
        long period = settings.auditPeriodMinutes();
        executor.scheduleAtFixedRate(this::auditQuietly, period, period, TimeUnit.MINUTES);
    }

    private void auditQuietly() {
        try {
            audit.check();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Échec de l’audit du grand livre de la banque de temps", e);
        }
    }
}
