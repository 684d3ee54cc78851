package org.relais.platform.tags;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.relais.platform.text.Tags;

/**
 * A tag of the shared vocabulary (forum topics, questions, later kits and events). The slug is the
 * identity; the label is how it was first written, accents included ("Impression 3D").
 */
@Entity
@Table(name = "tag")
public class Tag {
    public static final int LABEL_MAX = Tags.LABEL_MAX;
    public static final int DESCRIPTION_MAX = 500;

    @Id
    @Column(length = Tags.TAG_MAX)
    private String slug;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Tag() {}

    Tag(String slug, String label, Long createdBy, OffsetDateTime createdAt) {
        this.slug = Objects.requireNonNull(slug);
        String trimmed = label == null ? "" : label.strip();
        this.label = trimmed.isEmpty() || trimmed.length() > LABEL_MAX ? slug : trimmed;
        this.description = "";
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    void relabel(String text) {
        this.label = Objects.requireNonNull(text).strip();
    }

    void describe(String text) {
        this.description = text == null ? "" : text.strip();
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public Long createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
