package org.relais.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.timebank.domain.MeltPolicy;

/** The time bank's settings, read at run time (relais.timebank.*). */
@ApplicationScoped
public class TimebankSettings {
    @Inject
    @ConfigProperty(name = "relais.timebank.melting.enabled", defaultValue = "false")
    boolean meltingEnabled;

    @Inject
    @ConfigProperty(name = "relais.timebank.melting.idle-months", defaultValue = "6")
    int idleMonths;

    @Inject
    @ConfigProperty(name = "relais.timebank.melting.percent-per-month", defaultValue = "5")
    int percentPerMonth;

    @Inject
    @ConfigProperty(name = "relais.timebank.audit.period-minutes", defaultValue = "60")
    long auditPeriodMinutes;

    public MeltPolicy meltPolicy() {
        return new MeltPolicy(meltingEnabled, idleMonths, percentPerMonth);
    }

    public long auditPeriodMinutes() {
        return Math.max(1, auditPeriodMinutes);
    }
}
