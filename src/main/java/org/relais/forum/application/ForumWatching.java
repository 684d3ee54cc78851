package org.relais.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.notification.Subscriptions;
import org.relais.platform.notification.WatchLevel;
import org.relais.platform.security.Caller;
import org.relais.platform.tags.TagRegistry;

/** Members' watch levels on categories, topics and tags. */
@ApplicationScoped
public class ForumWatching {
    @Inject Subscriptions subscriptions;
    @Inject ForumService forum;
    @Inject TagRegistry tags;

    /** Which subject a level applies to. */
    public enum Subject {
        CATEGORY(ForumNotifier.CATEGORY),
        TOPIC(ForumNotifier.TOPIC),
        TAG(ForumNotifier.TAG);

        private final String type;

        Subject(String type) {
            this.type = type;
        }

        public String type() {
            return type;
        }
    }

    /** Reads a level as forms and the API send it; blank means back to the default. */
    public static Optional<WatchLevel> parseLevel(String raw) {
        if (raw == null || raw.isBlank() || raw.equalsIgnoreCase("DEFAULT")) {
            return Optional.empty();
        }
        try {
            return Optional.of(WatchLevel.valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of("level", "forum.watch.level.invalid");
        }
    }

    @Transactional
    public void set(Caller caller, Subject subject, String key, Optional<WatchLevel> level) {
        String checked = check(subject, key);
        subscriptions.set(caller.accountId(), subject.type(), checked, level.orElse(null));
    }

    public Optional<WatchLevel> levelOf(Caller caller, Subject subject, String key) {
        return subscriptions.levelOf(caller.accountId(), subject.type(), key);
    }

    private String check(Subject subject, String key) {
        switch (subject) {
            case CATEGORY -> forum.requireCategory(parseId(key));
            case TOPIC -> forum.requireTopic(parseId(key));
            case TAG -> tags.get(key);
        }
        return key;
    }

    private static long parseId(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new org.relais.platform.error.NotFoundException("error.404");
        }
    }
}
