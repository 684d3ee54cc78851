package org.relais.library.domain;

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
 * The state of a guided deposit between its steps, kept in the database so that it survives the end
 * of a session. The state is JSON written and read by the application layer; files named in it are
 * already in the file store. {@code kitId} is set for a new version of an existing kit.
 */
@Entity
@Table(name = "kit_draft")
public class KitDraft {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "kit_id")
    private Long kitId;

    @Column(nullable = false)
    private String state;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version private long version;

    protected KitDraft() {}

    public KitDraft(long authorId, Long kitId, String state, OffsetDateTime now) {
        this.authorId = authorId;
        this.kitId = kitId;
        this.state = Objects.requireNonNull(state);
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
    }

    public void update(String newState, OffsetDateTime now) {
        this.state = Objects.requireNonNull(newState);
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public long authorId() {
        return authorId;
    }

    public Long kitId() {
        return kitId;
    }

    public String state() {
        return state;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
