package org.relais.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One edit of a post: who made it, when, and the text before and after. */
@Entity
@Table(name = "forum_post_revision")
public class PostRevision {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id", nullable = false)
    private long postId;

    @Column(name = "editor_id")
    private Long editorId;

    @Column(name = "edited_at", nullable = false)
    private OffsetDateTime editedAt;

    @Column(name = "body_before", nullable = false)
    private String before;

    @Column(name = "body_after", nullable = false)
    private String after;

    protected PostRevision() {}

    PostRevision(long postId, long editorId, OffsetDateTime editedAt, String before, String after) {
        this.postId = postId;
        this.editorId = editorId;
        this.editedAt = Objects.requireNonNull(editedAt);
        this.before = Objects.requireNonNull(before);
        this.after = Objects.requireNonNull(after);
    }

    public Long id() {
        return id;
    }

    public long postId() {
        return postId;
    }

    public Long editorId() {
        return editorId;
    }

    public OffsetDateTime editedAt() {
        return editedAt;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
