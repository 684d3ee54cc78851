package org.relais.newsletter.domain;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface NewsletterRepository {
    void store(Object entity);

    Optional<Subscription> findSubscriptionByEmail(String email);

    Optional<Subscription> findSubscriptionByToken(String unsubscribeToken);

    Optional<Subscription> findSubscriptionByConfirmHash(String confirmTokenHash);

    Optional<Subscription> findSubscriptionOfMember(long accountId);

    Optional<Subscription> findSubscription(long id);

    /** The subscriptions linked to the account or made with its address, oldest first. */
    List<Subscription> subscriptionsOf(long accountId, String email);

    /** The copies of issues sent, or to be sent, to these subscriptions, oldest first. */
    List<Delivery> deliveriesTo(Collection<Long> subscriptionIds);

    /** The issues with a copy for one of these subscriptions. */
    List<Issue> issuesDeliveredTo(Collection<Long> subscriptionIds);

    /** The issues this editor wrote, oldest first. */
    List<Issue> issuesEditedBy(long accountId);

    int deleteExpiredPending(OffsetDateTime now);

    Optional<Issue> findIssue(long id);

    Optional<Issue> findDraft();

    Optional<Issue> findByNumber(int number);

    /** Sent issues, newest first. */
    List<Issue> archive(int offset, int limit);

    long countArchive();

    List<Issue> sending();

    int nextNumber();

    /** One pending delivery for each confirmed subscription; answers how many. */
    int createDeliveries(long issueId);

    /** Ids of the copies a sender may take now, oldest first. */
    List<Long> claimableDeliveries(OffsetDateTime now, int limit);

    List<Delivery> claimedBefore(OffsetDateTime cutoff);

    Optional<Delivery> findDelivery(long id);

    Map<DeliveryState, Long> deliveryCounts(long issueId);
}
