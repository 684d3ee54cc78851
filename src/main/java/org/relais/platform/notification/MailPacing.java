package org.relais.platform.notification;

/**
 * Decides what becomes of a new notification with respect to e-mail. A member who chose immediate
 * mails still gets at most {@code perHour} of them in an hour: a busy topic must not flood their
 * inbox, so what is beyond the limit waits for the next daily digest instead.
 */
public record MailPacing(int perHour) {
    /** What to do with a new notification. */
    public enum Decision {
        MAIL_NOW,
        WAIT_FOR_DIGEST,
        SKIP
    }

    public MailPacing {
        if (perHour < 0) {
            throw new IllegalArgumentException("perHour < 0");
        }
    }

    /**
     * @param frequency the member's choice for the notification's kind
     * @param mailedInLastHour immediate mails the member received in the last hour
     */
    public Decision decide(EmailFrequency frequency, long mailedInLastHour) {
        return switch (frequency) {
            case NEVER -> Decision.SKIP;
            case DAILY, WEEKLY -> Decision.WAIT_FOR_DIGEST;
            case IMMEDIATE ->
                    mailedInLastHour < perHour ? Decision.MAIL_NOW : Decision.WAIT_FOR_DIGEST;
        };
    }
}
