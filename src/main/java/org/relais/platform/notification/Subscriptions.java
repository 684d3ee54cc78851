package org.relais.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;

/**
 * Watch levels of members on subjects. A capability names its subject types (e.g. {@code
 * forum.category}, {@code forum.topic}, {@code tag}) and decides how levels combine; this store
 * only remembers them.
 */
@ApplicationScoped
public class Subscriptions {
    static final int TYPE_MAX = 20;
    static final int KEY_MAX = 64;

    @PersistenceContext(unitName = "relais")
    EntityManager em;

    @Inject Clock clock;

    /** Sets the member's level on a subject; null goes back to the default (no row). */
    @Transactional
    public void set(long accountId, String subjectType, String subjectKey, WatchLevel level) {
        Subscription existing =
                em.find(
                        Subscription.class,
                        new Subscription.Key(accountId, subjectType, subjectKey));
        if (level == null) {
            if (existing != null) {
                em.remove(existing);
            }
        } else if (existing != null) {
            existing.change(level);
        } else {
            em.persist(
                    new Subscription(
                            accountId, subjectType, subjectKey, level, OffsetDateTime.now(clock)));
        }
    }

    /**
     * Sets a level named by a member (WATCHING, TRACKING, MUTED, or null or empty to remove it),
     * refusing subjects and levels that cannot be stored.
     */
    @Transactional
    public void choose(long accountId, String subjectType, String subjectKey, String level) {
        List<FieldError> errors = new ArrayList<>();
        if (subjectType == null || subjectType.isBlank() || subjectType.length() > TYPE_MAX) {
            errors.add(new FieldError("subjectType", "subscription.subject-type.invalid"));
        }
        if (subjectKey == null || subjectKey.isBlank() || subjectKey.length() > KEY_MAX) {
            errors.add(new FieldError("subjectKey", "subscription.subject-key.invalid"));
        }
        WatchLevel parsed = null;
        if (level != null && !level.isBlank()) {
            try {
                parsed = WatchLevel.valueOf(level);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("level", "subscription.level.invalid"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        set(accountId, subjectType, subjectKey, parsed);
    }

    public Optional<WatchLevel> levelOf(long accountId, String subjectType, String subjectKey) {
        return Optional.ofNullable(
                        em.find(
                                Subscription.class,
                                new Subscription.Key(accountId, subjectType, subjectKey)))
                .map(Subscription::level);
    }

    /** Every member with an explicit level on the subject, and that level. */
    public Map<Long, WatchLevel> levels(String subjectType, String subjectKey) {
        Map<Long, WatchLevel> levels = new HashMap<>();
        em.createQuery(
                        "select s from Subscription s where s.subjectType = :type"
                                + " and s.subjectKey = :key",
                        Subscription.class)
                .setParameter("type", subjectType)
                .setParameter("key", subjectKey)
                .getResultList()
                .forEach(s -> levels.put(s.accountId(), s.level()));
        return levels;
    }

    /** Every member with an explicit level on any of the subjects of one type. */
    public List<Subscription> levels(String subjectType, Collection<String> subjectKeys) {
        if (subjectKeys.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select s from Subscription s where s.subjectType = :type"
                                + " and s.subjectKey in :keys",
                        Subscription.class)
                .setParameter("type", subjectType)
                .setParameter("keys", subjectKeys)
                .getResultList();
    }

    /** A member's subscriptions, for their preferences page and data export. */
    public List<Subscription> of(long accountId) {
        return em.createQuery(
                        "select s from Subscription s where s.accountId = :id"
                                + " order by s.subjectType, s.subjectKey",
                        Subscription.class)
                .setParameter("id", accountId)
                .getResultList();
    }
}
