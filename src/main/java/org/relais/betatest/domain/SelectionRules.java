package org.relais.betatest.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.relais.platform.error.RuleViolation;

/**
 * The holder chooses testers by hand, within the slots of the call. Those not chosen wait in an
 * order that puts first the applicants who reported when they were last selected — inactivity is
 * what testers' programmes suffer from most, so a slot goes first to someone likely to use it —
 * then the best match with the criteria, then the earliest application.
 */
public final class SelectionRules {
    public static final Comparator<Applicant> WAITING_ORDER =
            Comparator.comparing(Applicant::missedPreviousReport)
                    .thenComparing(a -> -a.match().percent())
                    .thenComparing(Applicant::appliedAt);

    private SelectionRules() {}

    /**
     * The applications to mark selected now: the picked ones not yet selected. Refuses unknown or
     * withdrawn applications and a choice beyond the free slots; nothing is selected then.
     */
    public static List<Long> select(int slots, List<Applicant> applicants, Set<Long> picked) {
        if (picked == null || picked.isEmpty()) {
            throw RuleViolation.of("applicationIds", "betatest.selection.empty");
        }
        Map<Long, Applicant> byId =
                applicants.stream()
                        .collect(Collectors.toMap(Applicant::applicationId, Function.identity()));
        List<Long> chosen = new ArrayList<>();
        for (long id : picked) {
            Applicant applicant = byId.get(id);
            if (applicant == null) {
                throw RuleViolation.of("applicationIds", "betatest.selection.unknown", id);
            }
            if (applicant.status() == ApplicationStatus.WITHDRAWN) {
                throw RuleViolation.of("applicationIds", "betatest.selection.withdrawn", id);
            }
            if (applicant.status() == ApplicationStatus.APPLIED) {
                chosen.add(id);
            }
        }
        long taken =
                applicants.stream().filter(a -> a.status() == ApplicationStatus.SELECTED).count();
        long free = slots - taken;
        if (chosen.size() > free) {
            throw RuleViolation.of("applicationIds", "betatest.selection.slots", slots, free);
        }
        return chosen.stream().sorted().toList();
    }

    /** The applications still waiting, in the order a freed slot should go to them. */
    public static List<Applicant> waitingList(List<Applicant> applicants) {
        return applicants.stream()
                .filter(a -> a.status() == ApplicationStatus.APPLIED)
                .sorted(WAITING_ORDER)
                .toList();
    }
}
