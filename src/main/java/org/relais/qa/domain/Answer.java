package org.relais.qa.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.relais.platform.markdown.RenderedMarkdown;

/** An answer to a question. Answers have no comments: a better answer is another answer. */
@Entity
@Table(name = "qa_answer")
public class Answer {
    public static final int BODY_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "body_source", nullable = false)
    private String bodySource;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(nullable = false)
    private int score;

    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version private long version;

    protected Answer() {}

    public Answer(long questionId, long authorId, RenderedMarkdown body, OffsetDateTime now) {
        this.questionId = questionId;
        this.authorId = authorId;
        this.bodySource = body.source();
        this.bodyHtml = body.html();
        this.createdAt = Objects.requireNonNull(now);
    }

    public void edit(RenderedMarkdown body) {
        this.bodySource = body.source();
        this.bodyHtml = body.html();
    }

    public void voted(int delta) {
        score += delta;
    }

    public void accepted(OffsetDateTime now) {
        acceptedAt = Objects.requireNonNull(now);
    }

    public void unaccepted() {
        acceptedAt = null;
    }

    public boolean isAuthor(long accountId) {
        return authorId == accountId;
    }

    public Long id() {
        return id;
    }

    public long questionId() {
        return questionId;
    }

    public long authorId() {
        return authorId;
    }

    public String bodySource() {
        return bodySource;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public int score() {
        return score;
    }

    public boolean accepted() {
        return acceptedAt != null;
    }

    public OffsetDateTime acceptedAt() {
        return acceptedAt;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
