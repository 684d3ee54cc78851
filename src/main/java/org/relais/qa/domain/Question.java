package org.relais.qa.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.relais.platform.markdown.RenderedMarkdown;

/**
 * A question asked to the community: a title, a Markdown body, one to five tags and, optionally,
 * the place it concerns. The asker may accept one answer and change their mind; moderators may
 * close it as a duplicate of an earlier question, which then takes the answers.
 */
@Entity
@Table(name = "qa_question")
public class Question {
    public static final int TITLE_MIN = 10;
    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;
    public static final int TAGS_MIN = 1;
    public static final int TAGS_MAX = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "body_source", nullable = false)
    private String bodySource;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "place_id", length = 120)
    private String placeId;

    @Column(nullable = false)
    private int score;

    @Column(name = "answer_count", nullable = false)
    private int answerCount;

    @Column(name = "accepted_answer_id")
    private Long acceptedAnswerId;

    @Column(name = "duplicate_of")
    private Long duplicateOf;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_activity", nullable = false)
    private OffsetDateTime lastActivity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "qa_question_tag", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "tag", length = 40)
    private Set<String> tags = new LinkedHashSet<>();

    @Column(name = "bounty_minutes")
    private Integer bountyMinutes;

    @Column(name = "bounty_hold_id")
    private Long bountyHoldId;

    @Version private long version;

    protected Question() {}

    public Question(
            long authorId,
            String title,
            RenderedMarkdown body,
            Set<String> tags,
            String placeId,
            OffsetDateTime now) {
        this.authorId = authorId;
        this.title = Objects.requireNonNull(title);
        this.bodySource = body.source();
        this.bodyHtml = body.html();
        this.tags = new LinkedHashSet<>(Objects.requireNonNull(tags));
        this.placeId = placeId;
        this.createdAt = Objects.requireNonNull(now);
        this.lastActivity = now;
    }

    public void edit(String newTitle, RenderedMarkdown body, OffsetDateTime now) {
        this.title = Objects.requireNonNull(newTitle);
        this.bodySource = body.source();
        this.bodyHtml = body.html();
        this.lastActivity = now;
    }

    /** Replaces the tags (one to five, already checked against the vocabulary). */
    public void retag(Set<String> newTags) {
        if (newTags.size() < TAGS_MIN || newTags.size() > TAGS_MAX) {
            throw new IllegalArgumentException("a question has one to five tags");
        }
        tags.clear();
        tags.addAll(newTags);
    }

    public void answered(OffsetDateTime now) {
        answerCount++;
        lastActivity = now;
    }

    public void voted(int delta) {
        score += delta;
    }

    /** Accepts an answer, replacing any earlier choice; returns the previously accepted one. */
    public Long accept(long answerId) {
        Long previous = acceptedAnswerId;
        acceptedAnswerId = answerId;
        return previous;
    }

    public void closeAsDuplicateOf(long originalId) {
        if (Objects.equals(id, originalId)) {
            throw new IllegalArgumentException("a question cannot duplicate itself");
        }
        duplicateOf = originalId;
    }

    /** Hours the asker offers to the answer they accept, held in the time bank meanwhile. */
    public void offerBounty(int minutes, long holdId) {
        if (minutes <= 0 || bountyHoldId != null) {
            throw new IllegalStateException("one positive bounty per question");
        }
        bountyMinutes = minutes;
        bountyHoldId = holdId;
    }

    /**
     * Whether a bounty still waiting for an accepted answer has waited long enough to go back to
     * the asker: after {@code days} days, so hours do not stay locked on a question left open.
     */
    public boolean bountyExpired(OffsetDateTime now, int days) {
        return bountyHoldId != null
                && acceptedAnswerId == null
                && !createdAt.plusDays(days).isAfter(now);
    }

    public Integer bountyMinutes() {
        return bountyMinutes;
    }

    public Long bountyHoldId() {
        return bountyHoldId;
    }

    public boolean isAuthor(long accountId) {
        return authorId == accountId;
    }

    public Long id() {
        return id;
    }

    public long authorId() {
        return authorId;
    }

    public String title() {
        return title;
    }

    public String bodySource() {
        return bodySource;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String placeId() {
        return placeId;
    }

    public int score() {
        return score;
    }

    public int answerCount() {
        return answerCount;
    }

    public Long acceptedAnswerId() {
        return acceptedAnswerId;
    }

    public Long duplicateOf() {
        return duplicateOf;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime lastActivity() {
        return lastActivity;
    }

    public Set<String> tags() {
        return Set.copyOf(tags);
    }
}
