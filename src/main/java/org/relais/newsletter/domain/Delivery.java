package org.relais.newsletter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One recipient's copy of an issue, and the state machine that makes a send resumable: a sender
 * <em>claims</em> the copy (committed), hands the mail to the server, then marks it <em>sent</em>
 * (committed) — three short transactions. After a crash, a copy still pending is simply sent; a
 * copy left claimed cannot be told apart between "left" and "not left", and becomes {@link
 * DeliveryState#UNCERTAIN} rather than being sent again: the letter is delivered at most once. The
 * window is one SMTP exchange per crash, and the editor sees how many copies it concerns.
 */
@Entity(name = "NewsletterDelivery")
@Table(name = "newsletter_delivery")
public class Delivery {
    public static final int ERROR_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issue_id", nullable = false)
    private long issueId;

    @Column(name = "subscription_id", nullable = false)
    private long subscriptionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "claimed_at")
    private OffsetDateTime claimedAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Version private long version;

    protected Delivery() {}

    public Delivery(long issueId, long subscriptionId) {
        this.issueId = issueId;
        this.subscriptionId = subscriptionId;
        this.state = DeliveryState.PENDING;
    }

    /** Whether a sender may take this copy now: pending, or failed and due for another try. */
    public boolean claimable(OffsetDateTime now) {
        return state == DeliveryState.PENDING
                || (state == DeliveryState.FAILED && !now.isBefore(nextAttemptAt));
    }

    public void claim(OffsetDateTime now) {
        if (!claimable(now)) {
            throw new IllegalStateException("delivery " + id + " is " + state);
        }
        state = DeliveryState.CLAIMED;
        attempts++;
        claimedAt = now;
    }

    public void sent(OffsetDateTime now) {
        requireClaimed();
        state = DeliveryState.SENT;
        sentAt = now;
        lastError = null;
    }

    /**
     * The mail server refused the copy: tried again after {@code retryAfter} times the attempts
     * made, until {@code maxAttempts} attempts, then given up.
     */
    public void failed(String error, OffsetDateTime now, int maxAttempts, Duration retryAfter) {
        requireClaimed();
        lastError = error == null ? "" : error.substring(0, Math.min(error.length(), ERROR_MAX));
        if (attempts >= maxAttempts) {
            state = DeliveryState.GAVE_UP;
        } else {
            state = DeliveryState.FAILED;
            nextAttemptAt = now.plus(retryAfter.multipliedBy(attempts));
        }
    }

    /** A claim older than {@code staleAfter}: its sender died (see the class comment). */
    public boolean abandon(OffsetDateTime now, Duration staleAfter) {
        if (state != DeliveryState.CLAIMED || now.isBefore(claimedAt.plus(staleAfter))) {
            return false;
        }
        state = DeliveryState.UNCERTAIN;
        return true;
    }

    private void requireClaimed() {
        if (state != DeliveryState.CLAIMED) {
            throw new IllegalStateException("delivery " + id + " is " + state);
        }
    }

    public Long id() {
        return id;
    }

    public long issueId() {
        return issueId;
    }

    public long subscriptionId() {
        return subscriptionId;
    }

    public DeliveryState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }
}
