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
import java.util.Objects;
import java.util.Set;
import org.relais.platform.security.SecretTokens;

/**
 * One address that receives (or asked to receive) the monthly letter. Double opt-in: an address
 * typed by anyone receives nothing but a confirmation link until its owner follows it, so nobody
 * can subscribe someone else. Members subscribe with their account's address, which the accounts
 * already confirmed. The unsubscribe token is a capability: whoever holds it (the recipient of a
 * letter) may leave or change the subscription, without an account or a password.
 */
@Entity(name = "NewsletterSubscription")
@Table(name = "newsletter_subscription")
public class Subscription {
    public static final int EMAIL_MAX = 254;

    /** How long a confirmation link works; an unconfirmed subscription is deleted after it. */
    public static final Duration CONFIRMATION_TTL = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SubscriptionStatus status;

    @Column(nullable = false, length = 200)
    private String topics;

    @Column(length = 3)
    private String region;

    @Column(name = "confirm_token_hash", length = 64)
    private String confirmTokenHash;

    @Column(name = "confirm_expires_at")
    private OffsetDateTime confirmExpiresAt;

    @Column(name = "unsubscribe_token", nullable = false, length = 64)
    private String unsubscribeToken;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "unsubscribed_at")
    private OffsetDateTime unsubscribedAt;

    @Version private long version;

    protected Subscription() {}

    private Subscription(String email, OffsetDateTime now) {
        this.email = Objects.requireNonNull(email);
        this.createdAt = Objects.requireNonNull(now);
        this.unsubscribeToken = SecretTokens.generate();
        this.status = SubscriptionStatus.UNSUBSCRIBED;
        this.topics = "";
    }

    /** A new address, waiting for its confirmation; answers the token to mail (kept as a hash). */
    public static Subscription requested(String email, OffsetDateTime now) {
        return new Subscription(email, now);
    }

    /**
     * Asks (again) for a confirmation with these choices: a new single-use token replaces any
     * earlier one. A confirmed subscription is left as it is: its choices change only through its
     * own links or its member's profile, never by someone who merely knows the address.
     *
     * @return the token to mail, or null when the subscription is already confirmed
     */
    public String request(Set<Topic> chosen, String regionCode, OffsetDateTime now) {
        if (status == SubscriptionStatus.CONFIRMED) {
            return null;
        }
        String token = SecretTokens.generate();
        status = SubscriptionStatus.PENDING;
        choose(chosen, regionCode);
        confirmTokenHash = SecretTokens.digest(token);
        confirmExpiresAt = now.plus(CONFIRMATION_TTL);
        return token;
    }

    /** Follows the confirmation link; false when the link is spent or expired. */
    public boolean confirm(String token, OffsetDateTime now) {
        if (status != SubscriptionStatus.PENDING
                || confirmTokenHash == null
                || !confirmTokenHash.equals(SecretTokens.digest(token))
                || !now.isBefore(confirmExpiresAt)) {
            return false;
        }
        status = SubscriptionStatus.CONFIRMED;
        confirmedAt = now;
        confirmTokenHash = null;
        confirmExpiresAt = null;
        return true;
    }

    /** A member's own address needs no link: the accounts confirmed it at registration. */
    public void confirmForMember(
            long memberId, Set<Topic> chosen, String regionCode, OffsetDateTime now) {
        accountId = memberId;
        choose(chosen, regionCode);
        if (status != SubscriptionStatus.CONFIRMED) {
            status = SubscriptionStatus.CONFIRMED;
            confirmedAt = now;
        }
        confirmTokenHash = null;
        confirmExpiresAt = null;
    }

    public void unsubscribe(OffsetDateTime now) {
        if (status != SubscriptionStatus.UNSUBSCRIBED) {
            status = SubscriptionStatus.UNSUBSCRIBED;
            unsubscribedAt = now;
            confirmTokenHash = null;
            confirmExpiresAt = null;
        }
    }

    /** Changes the topics and region, for the holder of the unsubscribe link or the member. */
    public void choose(Set<Topic> chosen, String regionCode) {
        topics = Topic.join(chosen);
        region = regionCode;
    }

    public void linkAccount(long memberId) {
        accountId = memberId;
    }

    public boolean expired(OffsetDateTime now) {
        return status == SubscriptionStatus.PENDING
                && confirmExpiresAt != null
                && !now.isBefore(confirmExpiresAt);
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public Long accountId() {
        return accountId;
    }

    public SubscriptionStatus status() {
        return status;
    }

    public boolean confirmed() {
        return status == SubscriptionStatus.CONFIRMED;
    }

    public Set<Topic> topics() {
        return Topic.split(topics);
    }

    public String region() {
        return region;
    }

    public String unsubscribeToken() {
        return unsubscribeToken;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime confirmedAt() {
        return confirmedAt;
    }

    public OffsetDateTime unsubscribedAt() {
        return unsubscribedAt;
    }
}
