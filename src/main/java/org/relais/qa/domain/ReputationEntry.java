package org.relais.qa.domain;

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
 * A line of the reputation ledger: the points really granted (after the daily cap), why, and the
 * cause (a vote, an acceptance) whose reversal removes the line.
 */
@Entity
@Table(name = "qa_reputation")
public class ReputationEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReputationReason reason;

    @Column(nullable = false)
    private int points;

    @Column(nullable = false, length = 80)
    private String cause;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ReputationEntry() {}

    public ReputationEntry(
            long accountId, ReputationReason reason, int points, String cause, OffsetDateTime now) {
        this.accountId = accountId;
        this.reason = Objects.requireNonNull(reason);
        this.points = points;
        this.cause = Objects.requireNonNull(cause);
        this.createdAt = Objects.requireNonNull(now);
    }

    public long accountId() {
        return accountId;
    }

    public ReputationReason reason() {
        return reason;
    }

    public int points() {
        return points;
    }

    public String cause() {
        return cause;
    }
}
