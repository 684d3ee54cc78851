package org.relais.qa.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.qa.domain.DailyReputationCap;
import org.relais.qa.domain.ExpertiseScore;
import org.relais.qa.domain.Privilege;
import org.relais.qa.domain.PrivilegeThresholds;

/** The Q&A settings, read at run time (relais.qa.*). */
@ApplicationScoped
public class QaSettings {
    static final String PRIVILEGE_PREFIX = "relais.qa.privilege.";

    @Inject Config config;

    @Inject
    @ConfigProperty(name = "relais.qa.reputation.daily-cap", defaultValue = "200")
    int dailyCap;

    @Inject
    @ConfigProperty(name = "relais.qa.expertise.half-life-days", defaultValue = "365")
    double halfLifeDays;

    @Inject
    @ConfigProperty(name = "relais.qa.routing.daily-max", defaultValue = "3")
    int routingDailyMax;

    /** The thresholds set as {@code relais.qa.privilege.*}, each defaulting to its default. */
    public PrivilegeThresholds thresholds() {
        return new PrivilegeThresholds(
                threshold(Privilege.VOTE_DOWN),
                threshold(Privilege.CREATE_TAGS),
                threshold(Privilege.EDIT_OTHERS_POSTS));
    }

    private int threshold(Privilege privilege) {
        return config.getOptionalValue(PRIVILEGE_PREFIX + privilege.setting(), Integer.class)
                .orElse(PrivilegeThresholds.DEFAULTS.threshold(privilege));
    }

    public DailyReputationCap cap() {
        return new DailyReputationCap(dailyCap);
    }

    public ExpertiseScore expertise() {
        return new ExpertiseScore(halfLifeDays);
    }

    public int routingDailyMax() {
        return routingDailyMax;
    }
}
