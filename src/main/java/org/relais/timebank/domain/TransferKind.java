package org.relais.timebank.domain;

/** Why minutes moved; every kind is written as entries that sum to zero. */
public enum TransferKind {
    /** A receiver of help pays the member who gave it. */
    PAYMENT,
    /** A coordinator grants hours from the community pool. */
    GRANT,
    /** A compensating transfer that undoes a mistaken one; transfers are never edited. */
    REVERSAL,
    /** Idle credits melting into the pool, when the policy is on. */
    MELT,
    /** Minutes set aside from a member's account into a hold account. */
    HOLD,
    /** Minutes of a hold paid to the member who earned them. */
    SETTLE,
    /** Unused minutes of a hold returned to the member who set them aside. */
    RELEASE;

    /** Whether the transfer counts as the accounts' activity; melting must not reset idleness. */
    public boolean isActivity() {
        return this != MELT;
    }
}
