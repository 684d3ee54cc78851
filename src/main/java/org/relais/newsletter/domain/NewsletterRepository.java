package org.relais.newsletter.domain;

import java.time.OffsetDateTime;
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
