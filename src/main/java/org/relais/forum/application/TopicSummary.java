package org.relais.forum.application;

import java.time.OffsetDateTime;
import java.util.List;

/** A topic as lists show it. */
public record TopicSummary(
        long id,
        long categoryId,
        String categoryName,
        String categoryColour,
        String title,
        List<String> tags,
        Long authorId,
        String authorName,
        int replyCount,
        boolean pinned,
        boolean locked,
        OffsetDateTime createdAt,
        OffsetDateTime lastPostedAt,
        String lastPosterName) {}
