package org.relais.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

/** A forum category, managed by administrators: a name, a description and a colour. */
@Entity
@Table(name = "forum_category")
public class Category {
    public static final int NAME_MAX = 80;
    public static final int DESCRIPTION_MAX = 500;
    public static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false, length = 7)
    private String colour;

    @Column(name = "sort_key", nullable = false)
    private int sortKey;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Category() {}

    public Category(
            String name, String description, String colour, int sortKey, OffsetDateTime now) {
        this.name = Objects.requireNonNull(name);
        this.description = Objects.requireNonNull(description);
        this.colour = Objects.requireNonNull(colour);
        this.sortKey = sortKey;
        this.createdAt = Objects.requireNonNull(now);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String colour() {
        return colour;
    }

    public int sortKey() {
        return sortKey;
    }
}
