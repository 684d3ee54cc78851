package org.relais.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.timebank.domain.MeltPolicy;

/**
 * The daily melting run ({@link TimebankSchedule}, or an administrator's trigger): every idle
 * account in turn, each in its own transaction, so that one failure does not hold back the others
 * nor the payments waiting on the pool's lock.
 */
@ApplicationScoped
public class MeltingJob {
    private static final Logger LOG = Logger.getLogger(MeltingJob.class.getName());

    @Inject Melting melting;
    @Inject TimebankSettings settings;
    @Inject Clock clock;

    /**
     * What a run did: the accounts that melted and the members warned.
     *
     * @param enabled false when the policy is off, and nothing was done
     */
    public record Report(
            LocalDate on, boolean enabled, List<Melting.Outcome> melted, List<Long> warned) {
        public long meltedMinutes() {
            return melted.stream().mapToLong(Melting.Outcome::meltedMinutes).sum();
        }
    }

    public Report runToday() {
        return run(today(), null);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Runs as on the given day, for every member or only one.
     *
     * @param onlyMember a member id to limit the run to, or null
     */
    public Report run(LocalDate on, Long onlyMember) {
        MeltPolicy policy = settings.meltPolicy();
        List<Melting.Outcome> melted = new ArrayList<>();
        List<Long> warned = new ArrayList<>();
        if (!policy.enabled()) {
            return new Report(on, false, melted, warned);
        }
        for (long member : melting.candidates(policy, on, onlyMember)) {
            try {
                Melting.Outcome outcome = melting.meltOrWarn(member, policy, on);
                if (outcome.meltedMinutes() > 0) {
                    melted.add(outcome);
                }
                if (outcome.warned()) {
                    warned.add(member);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Fonte des heures impossible pour le membre " + member, e);
            }
        }
        if (!melted.isEmpty() || !warned.isEmpty()) {
            LOG.info(
                    () ->
                            "Fonte des heures : "
                                    + melted.size()
                                    + " compte(s) fondu(s), "
                                    + warned.size()
                                    + " membre(s) prévenu(s)");
        }
        return new Report(on, true, melted, warned);
    }
}
