package org.relais.forum.domain;

import java.util.Locale;
import java.util.Optional;

/** How a topic list is ordered: latest activity, most replies, or those still without a reply. */
public enum TopicSort {
    LATEST,
    TOP,
    UNANSWERED;

    public static Optional<TopicSort> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(LATEST);
        }
        for (TopicSort sort : values()) {
            if (sort.name().equals(raw.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
