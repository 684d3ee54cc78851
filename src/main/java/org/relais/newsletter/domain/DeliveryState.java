package org.relais.newsletter.domain;

/**
 * Where one recipient's copy of an issue stands. {@code SENT}, {@code GAVE_UP} and {@code
 * UNCERTAIN} are final: the issue is sent once every copy is in one of them.
 */
public enum DeliveryState {
    PENDING,
    /** Taken by a sender, which is handing it to the mail server right now. */
    CLAIMED,
    SENT,
    /** The mail server refused it; tried again later, a bounded number of times. */
    FAILED,
    GAVE_UP,
    /**
     * A sender died while the copy was claimed: it may or may not have left. Never resent, since
     * the letter promises nobody receives it twice (at most once).
     */
    UNCERTAIN;

    public boolean settled() {
        return this == SENT || this == GAVE_UP || this == UNCERTAIN;
    }
}
