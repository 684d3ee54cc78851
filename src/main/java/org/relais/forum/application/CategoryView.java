package org.relais.forum.application;

import java.time.OffsetDateTime;

/** A category as lists show it, with its latest activity. */
public record CategoryView(
        long id,
        String name,
        String description,
        String colour,
        long topicCount,
        OffsetDateTime lastPostedAt) {}
