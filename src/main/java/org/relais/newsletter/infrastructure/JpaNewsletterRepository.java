package org.relais.newsletter.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.newsletter.domain.Delivery;
import org.relais.newsletter.domain.DeliveryState;
import org.relais.newsletter.domain.Issue;
import org.relais.newsletter.domain.IssueStatus;
import org.relais.newsletter.domain.NewsletterRepository;
import org.relais.newsletter.domain.Subscription;
import org.relais.newsletter.domain.SubscriptionStatus;

@ApplicationScoped
public class JpaNewsletterRepository implements NewsletterRepository {
    @PersistenceContext(unitName = "relais")
    EntityManager em;

    @Override
    public void store(Object entity) {
        em.persist(entity);
        em.flush();
    }

    @Override
    public Optional<Subscription> findSubscriptionByEmail(String email) {
        return subscriptionWhere("email", email);
    }

    @Override
    public Optional<Subscription> findSubscriptionByToken(String unsubscribeToken) {
        return subscriptionWhere("unsubscribeToken", unsubscribeToken);
    }

    @Override
    public Optional<Subscription> findSubscriptionByConfirmHash(String confirmTokenHash) {
        return subscriptionWhere("confirmTokenHash", confirmTokenHash);
    }

    @Override
    public Optional<Subscription> findSubscriptionOfMember(long accountId) {
        return subscriptionWhere("accountId", accountId);
    }

    @Override
    public Optional<Subscription> findSubscription(long id) {
        return Optional.ofNullable(em.find(Subscription.class, id));
    }

    @Override
    public List<Subscription> subscriptionsOf(long accountId, String email) {
        return em.createQuery(
                        "select s from NewsletterSubscription s"
                                + " where s.accountId = :a or s.email = :e order by s.id",
                        Subscription.class)
                .setParameter("a", accountId)
                .setParameter("e", email)
                .getResultList();
    }

    @Override
    public List<Delivery> deliveriesTo(Collection<Long> subscriptionIds) {
        if (subscriptionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select d from NewsletterDelivery d where d.subscriptionId in :s"
                                + " order by d.id",
                        Delivery.class)
                .setParameter("s", subscriptionIds)
                .getResultList();
    }

    @Override
    public List<Issue> issuesDeliveredTo(Collection<Long> subscriptionIds) {
        if (subscriptionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select i from NewsletterIssue i where i.id in (select d.issueId"
                                + " from NewsletterDelivery d where d.subscriptionId in :s)",
                        Issue.class)
                .setParameter("s", subscriptionIds)
                .getResultList();
    }

    @Override
    public List<Issue> issuesEditedBy(long accountId) {
        return em.createQuery(
                        "select i from NewsletterIssue i where i.editorId = :a order by i.id",
                        Issue.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    @Override
    public int deleteExpiredPending(OffsetDateTime now) {
        // never confirmed, so never sent an issue: no delivery row refers to it (one that came back
        // after unsubscribing keeps its row and history; its spent link simply stops working)
        return em.createQuery(
                        "delete from NewsletterSubscription s where s.status = :pending"
                                + " and s.confirmedAt is null and s.confirmExpiresAt <= :now")
                .setParameter("pending", SubscriptionStatus.PENDING)
                .setParameter("now", now)
                .executeUpdate();
    }

    @Override
    public Optional<Issue> findIssue(long id) {
        return Optional.ofNullable(em.find(Issue.class, id));
    }

    @Override
    public Optional<Issue> findDraft() {
        return first(
                em.createQuery(
                                "select i from NewsletterIssue i where i.status = :s order by i.id",
                                Issue.class)
                        .setParameter("s", IssueStatus.DRAFT)
                        .getResultList());
    }

    @Override
    public Optional<Issue> findByNumber(int number) {
        return first(
                em.createQuery("select i from NewsletterIssue i where i.number = :n", Issue.class)
                        .setParameter("n", number)
                        .getResultList());
    }

    @Override
    public List<Issue> archive(int offset, int limit) {
        return em.createQuery(
                        "select i from NewsletterIssue i where i.status = :s order by i.number desc",
                        Issue.class)
                .setParameter("s", IssueStatus.SENT)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countArchive() {
        return em.createQuery(
                        "select count(i) from NewsletterIssue i where i.status = :s", Long.class)
                .setParameter("s", IssueStatus.SENT)
                .getSingleResult();
    }

    @Override
    public List<Issue> sending() {
        return em.createQuery(
                        "select i from NewsletterIssue i where i.status = :s order by i.id",
                        Issue.class)
                .setParameter("s", IssueStatus.SENDING)
                .getResultList();
    }

    @Override
    public int nextNumber() {
        Integer max =
                em.createQuery("select max(i.number) from NewsletterIssue i", Integer.class)
                        .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    @Override
    public int createDeliveries(long issueId) {
        return em.createNativeQuery(
                        "INSERT INTO newsletter_delivery (issue_id, subscription_id, state,"
                                + " attempts, version) SELECT ?1, id, 'PENDING', 0, 0"
                                + " FROM newsletter_subscription WHERE status = 'CONFIRMED'")
                .setParameter(1, issueId)
                .executeUpdate();
    }

    @Override
    public List<Long> claimableDeliveries(OffsetDateTime now, int limit) {
        return em.createQuery(
                        "select d.id from NewsletterDelivery d where d.issueId in"
                                + " (select i.id from NewsletterIssue i where i.status = :sending)"
                                + " and (d.state = :pending"
                                + " or (d.state = :failed and d.nextAttemptAt <= :now))"
                                + " order by d.id",
                        Long.class)
                .setParameter("sending", IssueStatus.SENDING)
                .setParameter("pending", DeliveryState.PENDING)
                .setParameter("failed", DeliveryState.FAILED)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Delivery> claimedBefore(OffsetDateTime cutoff) {
        return em.createQuery(
                        "select d from NewsletterDelivery d where d.state = :claimed"
                                + " and d.claimedAt < :cutoff",
                        Delivery.class)
                .setParameter("claimed", DeliveryState.CLAIMED)
                .setParameter("cutoff", cutoff)
                .getResultList();
    }

    @Override
    public Optional<Delivery> findDelivery(long id) {
        return Optional.ofNullable(em.find(Delivery.class, id));
    }

    @Override
    public Map<DeliveryState, Long> deliveryCounts(long issueId) {
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        for (DeliveryState state : DeliveryState.values()) {
            counts.put(state, 0L);
        }
        for (Object[] row :
                em.createQuery(
                                "select d.state, count(d) from NewsletterDelivery d where d.issueId = :i"
                                        + " group by d.state",
                                Object[].class)
                        .setParameter("i", issueId)
                        .getResultList()) {
            counts.put((DeliveryState) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * The subscription whose {@code field} (an attribute of the entity, never user input) has the
     * value; the oldest if several.
     */
    private Optional<Subscription> subscriptionWhere(String field, Object value) {
        return first(
                em.createQuery(
                                "select s from NewsletterSubscription s where s."
                                        + field
                                        + " = :v order by s.id",
                                Subscription.class)
                        .setParameter("v", value)
                        .getResultList());
    }

    private static <T> Optional<T> first(List<T> results) {
        return results.stream().findFirst();
    }
}
