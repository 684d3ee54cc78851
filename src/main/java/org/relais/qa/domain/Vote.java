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

/** A member's vote on a question or an answer: one per member and post, up (+1) or down (−1). */
@Entity
@Table(name = "qa_vote")
public class Vote {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_type", nullable = false, length = 10)
    private PostType postType;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "voter_id", nullable = false)
    private long voterId;

    @Column(nullable = false)
    private short direction;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Vote() {}

    public Vote(PostType postType, long postId, long voterId, int direction, OffsetDateTime now) {
        if (direction != 1 && direction != -1) {
            throw new IllegalArgumentException("a vote is +1 or -1");
        }
        this.postType = Objects.requireNonNull(postType);
        this.postId = postId;
        this.voterId = voterId;
        this.direction = (short) direction;
        this.createdAt = Objects.requireNonNull(now);
    }

    public PostType postType() {
        return postType;
    }

    public long postId() {
        return postId;
    }

    public long voterId() {
        return voterId;
    }

    public int direction() {
        return direction;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /** The cause under which this vote's reputation is recorded, to reverse it later. */
    public String cause() {
        return cause(postType, postId, voterId);
    }

    public static String cause(PostType type, long postId, long voterId) {
        return "vote:" + type.name().charAt(0) + postId + ":" + voterId;
    }
}
