package org.relais.platform.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.relais.platform.mail.MailMessage;

/**
 * Which pending notifications go into a digest, grouped by member so that each member gets one
 * mail. The daily digest takes the kinds the member set to daily, and also immediate ones held back
 * by {@link MailPacing}; the weekly digest takes the weekly kinds. Notifications whose kind the
 * member has since set to "never" are dropped from e-mail altogether.
 */
public final class DigestPlan {
    private final Map<Long, List<Notification>> mails = new LinkedHashMap<>();
    private final List<Notification> dropped = new ArrayList<>();

    private DigestPlan() {}

    /**
     * @param digest DAILY or WEEKLY
     * @param pending notifications waiting for a mail, oldest first
     * @param frequencyOf the member's current frequency for a kind: (recipientId, kind) → frequency
     */
    public static DigestPlan of(
            EmailFrequency digest,
            List<Notification> pending,
            BiFunction<Long, String, EmailFrequency> frequencyOf) {
        if (digest != EmailFrequency.DAILY && digest != EmailFrequency.WEEKLY) {
            throw new IllegalArgumentException("Not a digest frequency: " + digest);
        }
        DigestPlan plan = new DigestPlan();
        for (Notification notification : pending) {
            EmailFrequency frequency =
                    frequencyOf.apply(notification.recipientId(), notification.kind());
            if (frequency == EmailFrequency.NEVER) {
                plan.dropped.add(notification);
            } else if (frequency == digest
                    || (digest == EmailFrequency.DAILY && frequency == EmailFrequency.IMMEDIATE)) {
                plan.mails
                        .computeIfAbsent(notification.recipientId(), id -> new ArrayList<>())
                        .add(notification);
            }
        }
        return plan;
    }

    /** Per member, the notifications of their one mail, oldest first. */
    public Map<Long, List<Notification>> mails() {
        return mails;
    }

    /** Notifications that will never be mailed. */
    public List<Notification> dropped() {
        return dropped;
    }

    /**
     * Composes and hands over one mail per member, marking what it carries as mailed; what cannot
     * be mailed (dropped kinds, deleted members) is marked skipped. Returns how many mails left.
     */
    public int deliver(
            LongFunction<Optional<RecipientDirectory.Recipient>> recipients,
            BiFunction<RecipientDirectory.Recipient, List<Notification>, MailMessage> compose,
            Consumer<MailMessage> mailbox) {
        dropped.forEach(Notification::skipped);
        int sent = 0;
        for (Map.Entry<Long, List<Notification>> mail : mails.entrySet()) {
            Optional<RecipientDirectory.Recipient> to = recipients.apply(mail.getKey());
            if (to.isEmpty()) {
                mail.getValue().forEach(Notification::skipped);
                continue;
            }
            mailbox.accept(compose.apply(to.get(), mail.getValue()));
            mail.getValue().forEach(Notification::mailed);
            sent++;
        }
        return sent;
    }
}
