package org.relais.library.domain;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.relais.platform.markdown.RenderedMarkdown;

/**
 * A workshop kit: what it is for (title, summary, Markdown description, audience, duration, level,
 * tags, places where it was used) and which of its versions is current. The licence and file types
 * of the current version are copied here so the library list filters without joins; everything a
 * contract names lives in the immutable {@link KitVersion}.
 */
@Entity
@Table(name = "kit")
public class Kit {
    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 500;
    public static final int DESCRIPTION_MAX = 20_000;
    public static final int AUDIENCE_MAX = 200;
    public static final int TAGS_MAX = 8;
    public static final int FILE_TYPES_MAX = 400;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(name = "description_source", nullable = false)
    private String descriptionSource;

    @Column(name = "description_html", nullable = false)
    private String descriptionHtml;

    @Column(length = AUDIENCE_MAX)
    private String audience;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private KitLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private KitStatus status;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "licence_id", length = 60)
    private String licenceId;

    @Column(name = "file_types", nullable = false, length = FILE_TYPES_MAX)
    private String fileTypes = "";

    @Column(name = "rating_count", nullable = false)
    private int ratingCount;

    @Column(name = "rating_sum", nullable = false)
    private int ratingSum;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kit_tag", joinColumns = @JoinColumn(name = "kit_id"))
    @Column(name = "tag", length = 40)
    private Set<String> tags = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kit_place", joinColumns = @JoinColumn(name = "kit_id"))
    @Column(name = "place_id", length = 120)
    private Set<String> places = new LinkedHashSet<>();

    @Version private long version;

    protected Kit() {}

    public Kit(
            long authorId, KitDetails details, RenderedMarkdown description, OffsetDateTime now) {
        this.authorId = authorId;
        this.status = KitStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now);
        describe(details, description, now);
    }

    /** Replaces what the kit says about itself (a new version may reword it). */
    public void describe(KitDetails details, RenderedMarkdown description, OffsetDateTime now) {
        this.title = Objects.requireNonNull(details.title());
        this.summary = Objects.requireNonNull(details.summary());
        this.descriptionSource = description.source();
        this.descriptionHtml = description.html();
        this.audience = details.audience();
        this.durationMinutes = details.durationMinutes();
        this.level = details.level();
        this.tags = new LinkedHashSet<>(details.tags());
        this.places = new LinkedHashSet<>(details.places());
        this.updatedAt = Objects.requireNonNull(now);
    }

    /**
     * Makes a newly recorded version the current one and publishes the kit.
     *
     * @param families the families of the version's files, for the list's filter
     */
    public void publishVersion(KitVersion v, Collection<FileFamily> families, OffsetDateTime now) {
        if (v.number() != currentVersion + 1) {
            throw new IllegalArgumentException("versions follow each other");
        }
        this.currentVersion = v.number();
        this.licenceId = v.licenceId();
        this.fileTypes = joinFamilies(families);
        this.status = KitStatus.PUBLISHED;
        this.updatedAt = now;
    }

    /**
     * " pdf image ": spaces around each slug so that a list filters with {@code like '% pdf %'}.
     */
    private static String joinFamilies(Collection<FileFamily> families) {
        StringBuilder joined = new StringBuilder(" ");
        families.stream().distinct().sorted().forEach(f -> joined.append(f.slug()).append(' '));
        return joined.toString();
    }

    public void unpublish(OffsetDateTime now) {
        this.status = KitStatus.UNPUBLISHED;
        this.updatedAt = now;
    }

    public void republish(OffsetDateTime now) {
        if (currentVersion == 0) {
            throw new IllegalStateException("a kit without a version cannot be published");
        }
        this.status = KitStatus.PUBLISHED;
        this.updatedAt = now;
    }

    /** Applies a change of rating: {@code oldStars} is 0 when the member had not rated yet. */
    public void rated(int oldStars, int newStars) {
        if (oldStars == 0) {
            ratingCount++;
        }
        ratingSum += newStars - oldStars;
    }

    public boolean isAuthor(long accountId) {
        return authorId == accountId;
    }

    public boolean isPublished() {
        return status == KitStatus.PUBLISHED;
    }

    /** The average rating rounded to one decimal, or 0 when nobody rated. */
    public double averageRating() {
        return ratingCount == 0 ? 0 : Math.round(10.0 * ratingSum / ratingCount) / 10.0;
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

    public String summary() {
        return summary;
    }

    public String descriptionSource() {
        return descriptionSource;
    }

    public String descriptionHtml() {
        return descriptionHtml;
    }

    public String audience() {
        return audience;
    }

    public Integer durationMinutes() {
        return durationMinutes;
    }

    public KitLevel level() {
        return level;
    }

    public KitStatus status() {
        return status;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public String licenceId() {
        return licenceId;
    }

    public List<FileFamily> fileFamilies() {
        return Arrays.stream(fileTypes.trim().split(" "))
                .filter(s -> !s.isEmpty())
                .map(FileFamily::fromSlug)
                .toList();
    }

    public int ratingCount() {
        return ratingCount;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public Set<String> tags() {
        return Set.copyOf(tags);
    }

    public Set<String> places() {
        return Set.copyOf(places);
    }
}
