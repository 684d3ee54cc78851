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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of the reputation ledger: the points really granted (after the daily cap), why, and the
 * cause (a vote, an acceptance) whose reversal removes the line.
 */
@Entity
@Table(name = "qa_reputation")
public class ReputationEntry {
    /** A vote's cause, {@link Vote#cause}: the post's type and id, then the voter's id. */
    private static final Pattern VOTE_CAUSE = Pattern.compile("vote:([QA])(\\d+):\\d+");

    private static final String ACCEPT_PREFIX = "accept:";
    private static final Pattern ACCEPT_CAUSE = Pattern.compile(ACCEPT_PREFIX + "(\\d+)");

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

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /** The cause under which an acceptance's reputation is recorded, to reverse it later. */
    public static String acceptCause(long answerId) {
        return ACCEPT_PREFIX + answerId;
    }

    /** A question or an answer, by id. */
    public record PostRef(PostType type, long id) {}

    /**
     * The question or answer whose vote or acceptance this line records, read from its cause. The
     * voter, also in a vote's cause, is left out: who voted on a member's post stays private.
     */
    public Optional<PostRef> post() {
        return postOf(cause);
    }

    static Optional<PostRef> postOf(String cause) {
        Matcher vote = VOTE_CAUSE.matcher(cause);
        if (vote.matches()) {
            PostType type = vote.group(1).equals("Q") ? PostType.QUESTION : PostType.ANSWER;
            return Optional.of(new PostRef(type, Long.parseLong(vote.group(2))));
        }
        Matcher accept = ACCEPT_CAUSE.matcher(cause);
        if (accept.matches()) {
            return Optional.of(new PostRef(PostType.ANSWER, Long.parseLong(accept.group(1))));
        }
        return Optional.empty();
    }
}
