package org.relais.directory.domain;

/** Where a place stands in its yearly membership of the network; see {@link Membership}. */
public enum MembershipState {
    /** Updated less than 11 months ago. */
    CURRENT,
    /** Not updated for 11 months: its manager should be alerted, and has not been yet. */
    REMINDER_DUE,
    /** Not updated for 11 months, and its manager has been alerted. */
    REMINDED,
    /** Not updated for 12 months: shown as "à mettre à jour" until its manager updates it. */
    STALE
}
