package org.relais.forum.application;

import java.time.OffsetDateTime;
import java.util.List;
import org.relais.platform.tags.TagRegistry.TagLabel;

/** A topic as lists show it; its tags with their labels. */
public record TopicSummary(
        long id,
        long categoryId,
        String categoryName,
        String categoryColour,
        String title,
        List<TagLabel> tags,
        Long authorId,
        String authorName,
        int replyCount,
        boolean pinned,
        boolean locked,
        OffsetDateTime createdAt,
        OffsetDateTime lastPostedAt,
        String lastPosterName) {}
