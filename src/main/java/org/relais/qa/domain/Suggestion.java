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

/** A member proposed to answer a question: found by routing or invited by the asker. */
@Entity
@Table(name = "qa_suggestion")
public class Suggestion {
    public enum Origin {
        ROUTED,
        INVITED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Origin origin;

    @Column(name = "rank_score", nullable = false)
    private double rankScore;

    @Column(nullable = false)
    private boolean notified;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Suggestion() {}

    public Suggestion(
            long questionId,
            long accountId,
            Origin origin,
            double rankScore,
            boolean notified,
            OffsetDateTime now) {
        this.questionId = questionId;
        this.accountId = accountId;
        this.origin = Objects.requireNonNull(origin);
        this.rankScore = rankScore;
        this.notified = notified;
        this.createdAt = Objects.requireNonNull(now);
    }

    public long questionId() {
        return questionId;
    }

    public long accountId() {
        return accountId;
    }

    public Origin origin() {
        return origin;
    }

    public double rankScore() {
        return rankScore;
    }

    public boolean notified() {
        return notified;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
