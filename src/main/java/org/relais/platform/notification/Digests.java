package org.relais.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.Messages;
import org.relais.platform.mail.MailMessage;
import org.relais.platform.mail.MailTemplates;

/**
 * Sends the daily and weekly digests: one mail per member grouping everything waiting for them
 * ({@link DigestPlan}), so that nobody is flooded; nothing is sent to a member with nothing new.
 */
@ApplicationScoped
public class Digests {
    private static final Logger LOG = Logger.getLogger(Digests.class.getName());
    private static final Locale LOCALE = Messages.FRENCH;

    @Inject Notifications notifications;
    @Inject Instance<RecipientDirectory> recipients;
    @Inject MailTemplates mails;
    @Inject Messages messages;
    @Inject Event<MailMessage> mailbox;

    /** One line of a digest. */
    public record DigestItem(String kind, String subject, String excerpt, String url) {}

    /** The digest frequency named by an API client, refused unless DAILY or WEEKLY. */
    public static EmailFrequency digestFrequency(String name) {
        if ("DAILY".equals(name)) {
            return EmailFrequency.DAILY;
        }
        if ("WEEKLY".equals(name)) {
            return EmailFrequency.WEEKLY;
        }
        throw RuleViolation.of("frequency", "notification.digest.frequency.invalid");
    }

    /** Sends the digest of that frequency; returns how many mails left. */
    @Transactional
    public int send(EmailFrequency digest) {
        List<Notification> pending = notifications.pending();
        Set<Long> members =
                pending.stream().map(Notification::recipientId).collect(Collectors.toSet());
        Map<Long, Map<String, EmailFrequency>> choices = notifications.choices(members);
        DigestPlan plan =
                DigestPlan.of(
                        digest,
                        pending,
                        (id, kind) ->
                                choices.getOrDefault(id, Map.of())
                                        .getOrDefault(kind, notifications.defaultFrequency(kind)));
        int sent = plan.deliver(this::recipient, this::compose, mailbox::fire);
        LOG.info(() -> "Résumé " + digest + " : " + sent + " courriel(s) envoyé(s)");
        return sent;
    }

    private Optional<RecipientDirectory.Recipient> recipient(long accountId) {
        return recipients.isResolvable() ? recipients.get().recipient(accountId) : Optional.empty();
    }

    /** The digest mail of one member; the subject tells how many items it carries. */
    MailMessage compose(RecipientDirectory.Recipient to, List<Notification> items) {
        MailMessage mail =
                mails.compose(
                        to.email(),
                        "notification-digest",
                        LOCALE,
                        Map.of(
                                "name",
                                to.displayName(),
                                "count",
                                items.size(),
                                "items",
                                items.stream()
                                        .map(
                                                n ->
                                                        new DigestItem(
                                                                notifications.kindLabel(
                                                                        LOCALE, n.kind()),
                                                                n.subject(),
                                                                n.excerpt(),
                                                                n.url()))
                                        .toList()));
        return new MailMessage(
                mail.to(),
                messages.get(LOCALE, "mail.notification-digest.subject", items.size()),
                mail.body());
    }
}
