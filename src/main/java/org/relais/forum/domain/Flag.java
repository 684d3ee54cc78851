package org.relais.forum.domain;

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

/** A member's report that a post breaks the rules; moderators review it. */
@Entity
@Table(name = "forum_flag")
public class Flag {
    public static final int NOTE_MAX = 500;

    /** Why a post is flagged. */
    public enum Reason {
        SPAM,
        OFF_TOPIC,
        INAPPROPRIATE,
        OTHER
    }

    /** What the moderator decided. */
    public enum Outcome {
        KEPT,
        REMOVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "flagger_id", nullable = false)
    private long flaggerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Reason reason;

    @Column(nullable = false, length = NOTE_MAX)
    private String note;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Column(name = "reviewer_id")
    private Long reviewerId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    protected Flag() {}

    public Flag(long postId, long flaggerId, Reason reason, String note, OffsetDateTime now) {
        this.postId = postId;
        this.flaggerId = flaggerId;
        this.reason = Objects.requireNonNull(reason);
        this.note = Objects.requireNonNull(note);
        this.createdAt = Objects.requireNonNull(now);
    }

    public void review(long reviewerId, Outcome outcome, OffsetDateTime now) {
        this.reviewerId = reviewerId;
        this.outcome = Objects.requireNonNull(outcome);
        this.reviewedAt = Objects.requireNonNull(now);
    }

    public Long id() {
        return id;
    }

    public long postId() {
        return postId;
    }

    public long flaggerId() {
        return flaggerId;
    }

    public Reason reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public boolean reviewed() {
        return reviewedAt != null;
    }

    public OffsetDateTime reviewedAt() {
        return reviewedAt;
    }

    /** What the moderator decided; null until reviewed. */
    public Outcome outcome() {
        return outcome;
    }
}
