package org.relais.timebank.application;

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

/**
 * Melts idle credits every night at 03:30, Paris time, when the policy is on, and audits the ledger
 * every {@code relais.timebank.audit.period-minutes} (an hour by default).
 */
@ApplicationScoped
public class TimebankSchedule implements StartupTask {
    private static final Logger LOG = Logger.getLogger(TimebankSchedule.class.getName());
    static final LocalTime MELT_AT = LocalTime.of(3, 30);
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Resource ManagedScheduledExecutorService executor;
    @Inject MeltingJob melting;
    @Inject AuditWatch audit;
    @Inject TimebankSettings settings;
    @Inject Clock clock;

    @Override
    public int order() {
        return 520;
    }

    @Override
    public void run() {
        executor.scheduleAtFixedRate(
                this::meltQuietly,
                delayUntilNext(ZonedDateTime.now(clock.withZone(PARIS))).toSeconds(),
                TimeUnit.DAYS.toSeconds(1),
                TimeUnit.SECONDS);
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

    private void meltQuietly() {
        try {
            melting.runToday();
        } catch (RuntimeException e) {
            // a failing night must not cancel the following ones
            LOG.log(Level.SEVERE, "Échec de la fonte des heures inutilisées", e);
        }
    }

    /** How long until the next 03:30 in Paris. */
    static Duration delayUntilNext(ZonedDateTime now) {
        ZonedDateTime next = now.with(MELT_AT);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next);
    }
}
