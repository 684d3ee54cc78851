package org.relais.qa.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.qa.domain.DailyReputationCap;
import org.relais.qa.domain.ExpertiseScore;
import org.relais.qa.domain.PrivilegeThresholds;

/** The Q&A settings, read at run time (relais.qa.*). */
@ApplicationScoped
public class QaSettings {
    @Inject
    @ConfigProperty(name = "relais.qa.privilege.vote-down", defaultValue = "125")
    int voteDown;

    @Inject
    @ConfigProperty(name = "relais.qa.privilege.create-tags", defaultValue = "300")
    int createTags;

    @Inject
    @ConfigProperty(name = "relais.qa.privilege.edit-others", defaultValue = "1000")
    int editOthers;

    @Inject
    @ConfigProperty(name = "relais.qa.reputation.daily-cap", defaultValue = "200")
    int dailyCap;

    @Inject
    @ConfigProperty(name = "relais.qa.expertise.half-life-days", defaultValue = "365")
    double halfLifeDays;

    @Inject
    @ConfigProperty(name = "relais.qa.routing.daily-max", defaultValue = "3")
    int routingDailyMax;

    public PrivilegeThresholds thresholds() {
        return new PrivilegeThresholds(voteDown, createTags, editOthers);
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
