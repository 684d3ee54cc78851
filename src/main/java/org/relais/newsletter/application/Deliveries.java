package org.relais.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.relais.accounts.application.AccountService;
import org.relais.newsletter.domain.Delivery;
import org.relais.newsletter.domain.Issue;
import org.relais.newsletter.domain.NewsletterRepository;
import org.relais.newsletter.domain.Subscription;
import org.relais.platform.outbox.SearchOutbox;

/**
 * The steps of a send, each its own short transaction, so that what is committed always tells the
 * truth after a crash: a copy is claimed before its mail leaves, and marked sent after.
 */
@ApplicationScoped
public class Deliveries {
    /** Longer than any SMTP exchange (10 s connect + 10 s read timeouts): its sender is gone. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(1);

    static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    @Inject NewsletterRepository repository;
    @Inject AccountService accounts;
    @Inject SearchOutbox outbox;
    @Inject Clock clock;

    /** A claimed copy and what its mail needs. */
    public record Claimed(
            long deliveryId,
            IssueView issue,
            String content,
            Subscription subscription,
            Set<String> readerTags) {}

    @Transactional
    public boolean anySending() {
        return !repository.sending().isEmpty();
    }

    @Transactional
    public List<Long> claimable(int limit) {
        return repository.claimableDeliveries(now(), limit);
    }

    /**
     * Claims a copy; empty if another sender took it first (its version moved) or if its reader
     * unsubscribed meanwhile (the copy is then given up).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claimed> claim(long deliveryId) {
        Delivery delivery = repository.findDelivery(deliveryId).orElse(null);
        if (delivery == null || !delivery.claimable(now())) {
            return Optional.empty();
        }
        delivery.claim(now());
        Subscription subscription =
                repository.findSubscription(delivery.subscriptionId()).orElse(null);
        if (subscription == null || !subscription.confirmed()) {
            delivery.failed("unsubscribed", now(), 0, RETRY_AFTER);
            return Optional.empty();
        }
        Issue issue = repository.findIssue(delivery.issueId()).orElseThrow();
        Set<String> tags =
                subscription.accountId() == null
                        ? Set.of()
                        : accounts.findProfile(subscription.accountId())
                                .map(p -> Set.copyOf(p.skills()))
                                .orElse(Set.of());
        return Optional.of(
                new Claimed(deliveryId, IssueView.of(issue), issue.content(), subscription, tags));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long deliveryId) {
        repository.findDelivery(deliveryId).orElseThrow().sent(now());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long deliveryId, String error, int maxAttempts) {
        repository
                .findDelivery(deliveryId)
                .orElseThrow()
                .failed(error, now(), maxAttempts, RETRY_AFTER);
    }

    /** Claims whose sender died become uncertain (never resent); answers how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int abandonStale() {
        int abandoned = 0;
        for (Delivery delivery : repository.claimedBefore(now().minus(STALE_CLAIM))) {
            if (delivery.abandon(now(), STALE_CLAIM)) {
                abandoned++;
            }
        }
        return abandoned;
    }

    /** Issues whose every copy is settled are sent: archived and searchable from now on. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finishIssues() {
        for (Issue issue : repository.sending()) {
            boolean open =
                    repository.deliveryCounts(issue.id()).entrySet().stream()
                            .anyMatch(e -> !e.getKey().settled() && e.getValue() > 0);
            if (!open) {
                issue.finish(now());
                outbox.changed(IssueService.SEARCH_TYPE, issue.id());
            }
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
