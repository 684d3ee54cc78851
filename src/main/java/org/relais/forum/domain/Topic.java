package org.relais.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A discussion in a category: a title, tags and its posts, the first of which opens it. Counts the
 * posts it holds so that pages know how many pages of replies there are without counting them.
 */
@Entity
@Table(name = "forum_topic")
public class Topic {
    public static final int TITLE_MIN = 8;
    public static final int TITLE_MAX = 200;
    public static final int TAGS_MAX = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "tag_slugs", nullable = false, length = 250)
    private String tagSlugs = "";

    @Column(name = "post_count", nullable = false)
    private int postCount;

    @Column(name = "like_count", nullable = false)
    private int likeCount;

    @Column(nullable = false)
    private boolean pinned;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_posted_at", nullable = false)
    private OffsetDateTime lastPostedAt;

    @Column(name = "last_poster_id")
    private Long lastPosterId;

    @Version private long version;

    protected Topic() {}

    public Topic(
            long categoryId,
            String title,
            long authorId,
            List<String> tagSlugs,
            OffsetDateTime now) {
        this.categoryId = categoryId;
        this.title = Objects.requireNonNull(title);
        this.authorId = authorId;
        this.tagSlugs = String.join(" ", tagSlugs);
        this.createdAt = Objects.requireNonNull(now);
        this.lastPostedAt = now;
        this.lastPosterId = authorId;
    }

    /** Counts a new post and returns its number in the topic (1 for the opening post). */
    public int addPost(long posterId, OffsetDateTime now) {
        postCount++;
        lastPostedAt = Objects.requireNonNull(now);
        lastPosterId = posterId;
        return postCount;
    }

    public void retitle(String newTitle) {
        this.title = Objects.requireNonNull(newTitle);
    }

    public void moveTo(long otherCategoryId) {
        this.categoryId = otherCategoryId;
    }

    public void pin(boolean pinned) {
        this.pinned = pinned;
    }

    public void lock(boolean locked) {
        this.locked = locked;
    }

    /** Closes this topic after its posts went to another one. */
    public void mergedInto(long targetId) {
        this.mergedIntoId = targetId;
        this.locked = true;
        this.postCount = 0;
    }

    /** Takes in posts from a merged topic; returns the first free number. */
    public int receive(int count, OffsetDateTime lastPostedAt) {
        int first = postCount + 1;
        postCount += count;
        if (lastPostedAt != null && lastPostedAt.isAfter(this.lastPostedAt)) {
            this.lastPostedAt = lastPostedAt;
        }
        return first;
    }

    public Long id() {
        return id;
    }

    public long categoryId() {
        return categoryId;
    }

    public String title() {
        return title;
    }

    public Long authorId() {
        return authorId;
    }

    public List<String> tags() {
        return tagSlugs.isBlank() ? List.of() : Arrays.asList(tagSlugs.split(" "));
    }

    public int postCount() {
        return postCount;
    }

    /** Replies: every post but the first. */
    public int replyCount() {
        return Math.max(0, postCount - 1);
    }

    public boolean pinned() {
        return pinned;
    }

    public boolean locked() {
        return locked;
    }

    public Long mergedIntoId() {
        return mergedIntoId;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime lastPostedAt() {
        return lastPostedAt;
    }

    public Long lastPosterId() {
        return lastPosterId;
    }
}
