package org.relais.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.platform.i18n.Messages;
import org.relais.platform.mail.MailMessage;
import org.relais.platform.mail.MailSilence;
import org.relais.platform.mail.MailTemplates;
import org.relais.platform.paging.PageRequest;

/**
 * Tells members what concerns them. Every notice is kept for the app (the bell and the
 * notifications page); whether it is also mailed now, later in a digest, or never depends on the
 * member's choice for its kind. Sending happens inside the caller's transaction, so a notice exists
 * exactly when the post that caused it does; the mail leaves after the commit.
 */
@ApplicationScoped
public class Notifications {
    @PersistenceContext(unitName = "relais")
    EntityManager em;

    @Inject Clock clock;
    @Inject Instance<NotificationKinds> declaredKinds;
    @Inject Instance<RecipientDirectory> recipients;
    @Inject MailTemplates mails;
    @Inject Event<MailMessage> mailbox;
    @Inject Messages messages;

    @Inject
    @ConfigProperty(name = "relais.notifications.immediate-per-hour", defaultValue = "10")
    int immediatePerHour;

    /** Records the notice and mails it if the member asked for immediate mails of its kind. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Notice notice) {
        if (Objects.equals(notice.actorId(), notice.recipientId())) {
            return;
        }
        EmailFrequency frequency =
                MailSilence.active()
                        ? EmailFrequency.NEVER
                        : frequency(notice.recipientId(), notice.kind());
        MailPacing.Decision decision =
                new MailPacing(immediatePerHour)
                        .decide(
                                frequency,
                                frequency == EmailFrequency.IMMEDIATE
                                        ? mailedInLastHour(notice.recipientId())
                                        : 0);
        Notification notification =
                new Notification(
                        notice,
                        decision == MailPacing.Decision.SKIP
                                ? Notification.MailState.SKIPPED
                                : Notification.MailState.PENDING,
                        now());
        em.persist(notification);
        if (decision == MailPacing.Decision.MAIL_NOW) {
            mailNow(notification);
        }
    }

    /**
     * Notifications of the last hour already mailed to the member: the immediate mails, give or
     * take the few a digest may have just taken (which only makes the limit stricter).
     */
    private long mailedInLastHour(long accountId) {
        return em.createQuery(
                        "select count(n) from Notification n where n.recipientId = :id"
                                + " and n.mailState = :sent and n.createdAt >= :since",
                        Long.class)
                .setParameter("id", accountId)
                .setParameter("sent", Notification.MailState.SENT)
                .setParameter("since", now().minusHours(1))
                .getSingleResult();
    }

    /** Every notification waiting for a mail, grouped by member and oldest first. */
    public List<Notification> pending() {
        return em.createQuery(
                        "select n from Notification n where n.mailState = :pending"
                                + " order by n.recipientId, n.createdAt, n.id",
                        Notification.class)
                .setParameter("pending", Notification.MailState.PENDING)
                // rows locked until the digest's transaction ends: a second instance running the
                // same digest waits, then finds them sent and mails nothing twice
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** The choices members made, by member then kind, for the frequency of many members at once. */
    public Map<Long, Map<String, EmailFrequency>> choices(Collection<Long> accountIds) {
        Map<Long, Map<String, EmailFrequency>> choices = new HashMap<>();
        if (accountIds.isEmpty()) {
            return choices;
        }
        em.createQuery(
                        "select p from NotificationPreference p where p.accountId in :ids",
                        NotificationPreference.class)
                .setParameter("ids", accountIds)
                .getResultList()
                .forEach(
                        p ->
                                choices.computeIfAbsent(p.accountId(), id -> new HashMap<>())
                                        .put(p.kind(), p.frequency()));
        return choices;
    }

    /** What applies to a kind until a member chooses; DAILY for a kind no capability declares. */
    public EmailFrequency defaultFrequency(String kind) {
        return kinds().stream()
                .filter(k -> k.key().equals(kind))
                .findFirst()
                .map(NotificationKinds.Kind::defaultFrequency)
                .orElse(EmailFrequency.DAILY);
    }

    public List<Notification> of(long accountId, PageRequest page) {
        return em.createQuery(
                        "select n from Notification n where n.recipientId = :id"
                                + " order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("id", accountId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    /** Every notification the member received, oldest first: for their data export. */
    public List<Notification> received(long accountId) {
        return em.createQuery(
                        "select n from Notification n where n.recipientId = :id"
                                + " order by n.createdAt, n.id",
                        Notification.class)
                .setParameter("id", accountId)
                .getResultList();
    }

    /**
     * The notifications of one kind the member received or caused, oldest first: for their data
     * export, where a capability gives back the messages its members sent each other through them.
     */
    public List<Notification> receivedOrCaused(long accountId, String kind) {
        return em.createQuery(
                        "select n from Notification n where n.kind = :kind"
                                + " and (n.recipientId = :id or n.actorId = :id)"
                                + " order by n.createdAt, n.id",
                        Notification.class)
                .setParameter("kind", kind)
                .setParameter("id", accountId)
                .getResultList();
    }

    public long count(long accountId) {
        return em.createQuery(
                        "select count(n) from Notification n where n.recipientId = :id", Long.class)
                .setParameter("id", accountId)
                .getSingleResult();
    }

    public long unreadCount(long accountId) {
        return em.createQuery(
                        "select count(n) from Notification n where n.recipientId = :id"
                                + " and n.readAt is null",
                        Long.class)
                .setParameter("id", accountId)
                .getSingleResult();
    }

    /** Marks one of the member's notifications read; returns where it points, for a redirect. */
    @Transactional
    public Optional<String> open(long accountId, long notificationId) {
        Notification notification = em.find(Notification.class, notificationId);
        if (notification == null || notification.recipientId() != accountId) {
            return Optional.empty();
        }
        notification.markRead(now());
        return Optional.of(notification.url());
    }

    @Transactional
    public int markAllRead(long accountId) {
        return em.createQuery(
                        "update Notification n set n.readAt = :now where n.recipientId = :id"
                                + " and n.readAt is null")
                .setParameter("now", now())
                .setParameter("id", accountId)
                .executeUpdate();
    }

    /** Every kind the capabilities declare, in the order they declare them. */
    public List<NotificationKinds.Kind> kinds() {
        return declaredKinds.stream().flatMap(k -> k.kinds().stream()).toList();
    }

    /** The label of a kind, or a generic one for a kind no capability declares any more. */
    public String kindLabel(Locale locale, String kind) {
        return messages.find(locale, "notification.kind." + kind)
                .orElseGet(() -> messages.get(locale, "notification.kind.fallback"));
    }

    /** The member's mail frequency for a kind: their choice, else the kind's default. */
    public EmailFrequency frequency(long accountId, String kind) {
        NotificationPreference chosen =
                em.find(
                        NotificationPreference.class,
                        new NotificationPreference.Key(accountId, kind));
        if (chosen != null) {
            return chosen.frequency();
        }
        return defaultFrequency(kind);
    }

    @Transactional
    public void choose(long accountId, String kind, EmailFrequency frequency) {
        NotificationPreference chosen =
                em.find(
                        NotificationPreference.class,
                        new NotificationPreference.Key(accountId, kind));
        if (chosen == null) {
            em.persist(new NotificationPreference(accountId, kind, frequency));
        } else {
            chosen.change(frequency);
        }
    }

    private void mailNow(Notification notification) {
        if (!recipients.isResolvable()) {
            return;
        }
        recipients
                .get()
                .recipient(notification.recipientId())
                .ifPresent(
                        to -> {
                            mailbox.fire(
                                    mails.compose(
                                            to.email(),
                                            "notification",
                                            Messages.FRENCH,
                                            Map.of(
                                                    "name", to.displayName(),
                                                    "kind",
                                                            kindLabel(
                                                                    Messages.FRENCH,
                                                                    notification.kind()),
                                                    "subject", notification.subject(),
                                                    "excerpt", notification.excerpt(),
                                                    "url", notification.url())));
                            notification.mailed();
                        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
