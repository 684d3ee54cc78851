package org.relais.library.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A member's rating of a kit, from 1 to 4 (no middle value); one per member, changeable. */
@Entity
@Table(name = "kit_rating")
public class KitRating {
    public static final int MIN = 1;
    public static final int MAX = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kit_id", nullable = false)
    private long kitId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(nullable = false)
    private short stars;

    @Column(name = "rated_at", nullable = false)
    private OffsetDateTime ratedAt;

    protected KitRating() {}

    public KitRating(long kitId, long memberId, int stars, OffsetDateTime now) {
        this.kitId = kitId;
        this.memberId = memberId;
        change(stars, now);
    }

    public void change(int newStars, OffsetDateTime now) {
        if (newStars < MIN || newStars > MAX) {
            throw new IllegalArgumentException("a rating is 1 to 4");
        }
        this.stars = (short) newStars;
        this.ratedAt = Objects.requireNonNull(now);
    }

    public long kitId() {
        return kitId;
    }

    public long memberId() {
        return memberId;
    }

    public int stars() {
        return stars;
    }

    public OffsetDateTime ratedAt() {
        return ratedAt;
    }
}
