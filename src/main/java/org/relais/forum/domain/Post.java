package org.relais.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A message in a topic, in Markdown with its sanitised HTML. Its author deletes it softly (others
 * then see a placeholder); three flags hide it until a moderator reviews it.
 */
@Entity
@Table(name = "forum_post")
public class Post {
    public static final int BODY_MIN = 2;
    public static final int BODY_MAX = 30_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "topic_id", nullable = false)
    private long topicId;

    @Column(name = "post_number", nullable = false)
    private int number;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "quote_post_id")
    private Long quotePostId;

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "edited_at")
    private OffsetDateTime editedAt;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    @Column(nullable = false)
    private boolean hidden;

    @Version private long version;

    protected Post() {}

    public Post(
            long topicId,
            int number,
            long authorId,
            Long quotePostId,
            String markdown,
            String html,
            OffsetDateTime now) {
        this.topicId = topicId;
        this.number = number;
        this.authorId = authorId;
        this.quotePostId = quotePostId;
        this.bodyMarkdown = Objects.requireNonNull(markdown);
        this.bodyHtml = Objects.requireNonNull(html);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Changes the text; returns the revision that keeps the text as it was. */
    public PostRevision edit(long editorId, String markdown, String html, OffsetDateTime now) {
        PostRevision revision =
                new PostRevision(id, editorId, now, bodyMarkdown, Objects.requireNonNull(markdown));
        this.bodyMarkdown = markdown;
        this.bodyHtml = Objects.requireNonNull(html);
        this.editedAt = now;
        return revision;
    }

    public void delete(OffsetDateTime now) {
        if (deletedAt == null) {
            deletedAt = Objects.requireNonNull(now);
        }
    }

    public void hide() {
        this.hidden = true;
    }

    public void unhide() {
        this.hidden = false;
    }

    /** Moves the post into another topic, at the given number (merge). */
    public void moveTo(long otherTopicId, int newNumber) {
        this.topicId = otherTopicId;
        this.number = newNumber;
    }

    public boolean isAuthor(long accountId) {
        return authorId != null && authorId == accountId;
    }

    /** Whether others than the author and moderators see it. */
    public boolean isVisible() {
        return deletedAt == null && !hidden;
    }

    public Long id() {
        return id;
    }

    public long topicId() {
        return topicId;
    }

    public int number() {
        return number;
    }

    public Long authorId() {
        return authorId;
    }

    public Long quotePostId() {
        return quotePostId;
    }

    public String bodyMarkdown() {
        return bodyMarkdown;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime editedAt() {
        return editedAt;
    }

    public OffsetDateTime deletedAt() {
        return deletedAt;
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    public boolean hidden() {
        return hidden;
    }
}
