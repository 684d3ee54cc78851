package org.relais.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A moderator's decision that a member may not post in the forum until a given time. */
@Entity
@Table(name = "forum_silence")
public class Silence {
    public static final int REASON_MAX = 500;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "until_at", nullable = false)
    private OffsetDateTime until;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "moderator_id")
    private Long moderatorId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Silence() {}

    public Silence(
            long accountId,
            OffsetDateTime until,
            String reason,
            long moderatorId,
            OffsetDateTime now) {
        this.accountId = accountId;
        this.until = Objects.requireNonNull(until);
        this.reason = Objects.requireNonNull(reason);
        this.moderatorId = moderatorId;
        this.createdAt = Objects.requireNonNull(now);
    }

    public void extend(OffsetDateTime newUntil, String newReason, long moderator) {
        this.until = Objects.requireNonNull(newUntil);
        this.reason = Objects.requireNonNull(newReason);
        this.moderatorId = moderator;
    }

    /** Lifts the silence now: the member may post again at once. */
    public void end(OffsetDateTime now, long moderator) {
        this.until = Objects.requireNonNull(now);
        this.moderatorId = moderator;
    }

    public boolean isActive(OffsetDateTime now) {
        return until.isAfter(now);
    }

    public long accountId() {
        return accountId;
    }

    public OffsetDateTime until() {
        return until;
    }

    public String reason() {
        return reason;
    }

    public Long moderatorId() {
        return moderatorId;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
