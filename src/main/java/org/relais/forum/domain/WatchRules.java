package org.relais.forum.domain;

import java.util.Collection;
import java.util.Optional;
import org.relais.platform.notification.WatchLevel;

/**
 * How a member's watch levels combine for one topic: a level on the topic wins over those on its
 * tags, which win over the one on its category. Among tags, muting one mutes the topic, and
 * watching one watches it.
 */
public final class WatchRules {
    private WatchRules() {}

    public static Optional<WatchLevel> effective(
            Optional<WatchLevel> topic,
            Collection<WatchLevel> tags,
            Optional<WatchLevel> category) {
        if (topic.isPresent()) {
            return topic;
        }
        if (tags.contains(WatchLevel.MUTED)) {
            return Optional.of(WatchLevel.MUTED);
        }
        if (tags.contains(WatchLevel.WATCHING)) {
            return Optional.of(WatchLevel.WATCHING);
        }
        if (tags.contains(WatchLevel.TRACKING)) {
            return Optional.of(WatchLevel.TRACKING);
        }
        return category;
    }
}
