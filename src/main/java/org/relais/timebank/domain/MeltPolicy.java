package org.relais.timebank.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Idle credits melt: a positive balance that has not moved for {@code idleMonths} months loses
 * {@code percentPerMonth} percent of itself each month to the community pool, after a warning mail
 * sent a month before the first melt. Off by default: a network decides to use it.
 *
 * <p>Only whole minutes melt (rounded down), but at least one minute while the balance is positive,
 * so that a small balance does not stay frozen forever.
 */
public record MeltPolicy(boolean enabled, int idleMonths, int percentPerMonth) {
    public static final MeltPolicy OFF = new MeltPolicy(false, 6, 5);

    public MeltPolicy {
        if (idleMonths < 1 || percentPerMonth < 0 || percentPerMonth > 100) {
            throw new IllegalArgumentException("idleMonths >= 1 and 0 <= percentPerMonth <= 100");
        }
    }

    /** The minutes that melt this month, 0 when nothing is due. */
    public long meltingMinutes(long balance, LocalDate lastActivity, LocalDate today) {
        if (!enabled
                || balance <= 0
                || percentPerMonth == 0
                || idleMonths(lastActivity, today) < idleMonths) {
            return 0;
        }
        return Math.max(1, balance * percentPerMonth / 100);
    }

    /** True in the month before the first melt, when the member must be warned. */
    public boolean warningDue(long balance, LocalDate lastActivity, LocalDate today) {
        return enabled
                && balance > 0
                && percentPerMonth > 0
                && idleMonths(lastActivity, today) == idleMonths - 1;
    }

    /**
     * The month a melt due today belongs to, counted from the last activity (the 6th month of
     * idleness, the 7th…): at most one melt per account and per such month, however often the job
     * runs.
     */
    public YearMonth meltMonth(LocalDate lastActivity, LocalDate today) {
        return YearMonth.from(lastActivity.plusMonths(idleMonths(lastActivity, today)));
    }

    /** The day the first melt is due, announced by the warning. */
    public LocalDate firstMeltDay(LocalDate lastActivity) {
        return lastActivity.plusMonths(idleMonths);
    }

    static long idleMonths(LocalDate lastActivity, LocalDate today) {
        return Math.max(0, ChronoUnit.MONTHS.between(lastActivity, today));
    }
}
