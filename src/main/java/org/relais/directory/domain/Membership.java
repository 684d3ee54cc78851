package org.relais.directory.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A place's membership of the network. Article 3 of the charter grants it for 12 months, renewed
 * tacitly for as long as the place's record is kept up to date, and asks that its manager be
 * alerted after 11 months without an update. Hence the membership counts from the last update
 * rather than from joining: updating the record is what renews it, and a record nobody has touched
 * for a year probably describes a place that has changed, so it is shown as to be updated.
 *
 * @param joinedAt when the place joined the network
 * @param lastUpdate when its record was last updated (its joining counts as one)
 * @param reminderSentOn when its manager was last alerted, or {@code null} if never; an alert sent
 *     before the last update belongs to an earlier period and no longer counts
 */
public record Membership(LocalDate joinedAt, LocalDate lastUpdate, LocalDate reminderSentOn) {

    public static final int VALIDITY_MONTHS = 12;
    public static final int REMINDER_AFTER_MONTHS = 11;

    public Membership {
        Objects.requireNonNull(joinedAt);
        Objects.requireNonNull(lastUpdate);
        if (lastUpdate.isBefore(joinedAt)) {
            throw new IllegalArgumentException("Updated on " + lastUpdate + " before joining");
        }
    }

    /** A membership starting today: joining is the first update. */
    public static Membership joined(LocalDate today) {
        return new Membership(today, today, null);
    }

    /** The day the membership lapses unless the record is updated before. */
    public LocalDate expiresOn() {
        return lastUpdate.plusMonths(VALIDITY_MONTHS);
    }

    /** The day from which the manager should be alerted. */
    public LocalDate reminderDueOn() {
        return lastUpdate.plusMonths(REMINDER_AFTER_MONTHS);
    }

    public MembershipState state(LocalDate today) {
        if (today.isBefore(reminderDueOn())) {
            return MembershipState.CURRENT;
        }
        if (!today.isBefore(expiresOn())) {
            return MembershipState.STALE;
        }
        return remindedThisPeriod() ? MembershipState.REMINDED : MembershipState.REMINDER_DUE;
    }

    /** The record was updated today: the membership renews and any earlier alert is forgotten. */
    public Membership updated(LocalDate today) {
        return new Membership(joinedAt, today, null);
    }

    /** The manager was alerted today that the record needs updating. */
    public Membership reminded(LocalDate today) {
        return new Membership(joinedAt, lastUpdate, today);
    }

    private boolean remindedThisPeriod() {
        return reminderSentOn != null && !reminderSentOn.isBefore(lastUpdate);
    }
}
