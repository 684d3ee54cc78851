package org.relais.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A single-use secret sent by e-mail (confirmation, password reset). Only its SHA-256 digest is
 * stored, so a copy of the database gives no usable link.
 */
@Entity
@Table(name = "email_token")
public class EmailToken {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected EmailToken() {}

    public EmailToken(long accountId, TokenPurpose purpose, String tokenHash, OffsetDateTime now) {
        this.accountId = accountId;
        this.purpose = Objects.requireNonNull(purpose);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(now);
        this.expiresAt = now.plus(purpose.validity());
    }

    public boolean isUsable(OffsetDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Marks the token used; it can never serve again. */
    public void use(OffsetDateTime now) {
        usedAt = Objects.requireNonNull(now);
    }

    public long accountId() {
        return accountId;
    }

    public TokenPurpose purpose() {
        return purpose;
    }
}
