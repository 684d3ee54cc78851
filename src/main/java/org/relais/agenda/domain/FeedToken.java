package org.relais.agenda.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The secret of a member's personal agenda feed, kept only as its SHA-256: whoever has the address
 * reads the feed without logging in (calendar applications cannot), so the member can replace it,
 * and a leaked database does not give the addresses away.
 */
@Entity
@Table(name = "agenda_feed_token")
public class FeedToken {
    public static final int DIGEST_LENGTH = 64;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "token_digest", nullable = false, length = DIGEST_LENGTH)
    private String tokenDigest;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected FeedToken() {}

    public FeedToken(long accountId, String tokenDigest, OffsetDateTime createdAt) {
        this.accountId = accountId;
        this.tokenDigest = Objects.requireNonNull(tokenDigest);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A new secret replaces the old one: the old address stops answering at once. */
    public void replace(String digest, OffsetDateTime now) {
        tokenDigest = Objects.requireNonNull(digest);
        createdAt = Objects.requireNonNull(now);
    }

    public long accountId() {
        return accountId;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
