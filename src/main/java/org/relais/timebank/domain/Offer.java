package org.relais.timebank.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.relais.platform.text.Tags;

/** Help a member offers, or asks for: what, which skills, where (or online), about how long. */
@Entity
@Table(name = "timebank_offer")
public class Offer {
    public static final int TITLE_MAX = 150;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int PLACE_MAX = 150;
    public static final int TAGS_MAX = 5;

    public enum Kind {
        OFFER,
        REQUEST
    }

    /** What an offer says, as its author writes it; its tags by slug, each with the words typed. */
    public record Content(
            Kind kind,
            String title,
            String description,
            Map<String, String> tags,
            String place,
            boolean online,
            int durationMinutes) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(length = PLACE_MAX)
    private String place;

    @Column(nullable = false)
    private boolean online;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false)
    private boolean closed;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    /** Tags by slug (the skill they link to), each with the words the author typed. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "timebank_offer_tag", joinColumns = @JoinColumn(name = "offer_id"))
    @MapKeyColumn(name = "tag", length = Tags.TAG_MAX)
    @Column(name = "label", length = Tags.LABEL_MAX)
    private Map<String, String> tags = new TreeMap<>();

    @Version private long version;

    protected Offer() {}

    public Offer(long authorId, Content content, OffsetDateTime now) {
        this.authorId = authorId;
        this.createdAt = Objects.requireNonNull(now);
        edit(content);
    }

    public void edit(Content content) {
        this.kind = Objects.requireNonNull(content.kind());
        this.title = Objects.requireNonNull(content.title());
        this.description = Objects.requireNonNull(content.description());
        this.tags.clear();
        this.tags.putAll(content.tags());
        this.place = content.place();
        this.online = content.online();
        this.durationMinutes = content.durationMinutes();
    }

    public void close() {
        closed = true;
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

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String place() {
        return place;
    }

    public boolean online() {
        return online;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public boolean closed() {
        return closed;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public Set<String> tags() {
        return Collections.unmodifiableSet(new TreeSet<>(tags.keySet()));
    }

    /**
     * Each tag's slug with the words the author typed for it; tags saved before those words were
     * kept have their slug as label.
     */
    public Map<String, String> tagLabels() {
        return Tags.labelsBySlug(tags);
    }
}
