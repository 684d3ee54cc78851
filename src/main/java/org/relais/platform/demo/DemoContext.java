package org.relais.platform.demo;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.relais.platform.time.DailyJobs;

/**
 * What contributors share while loading the demo: ids of what earlier ones created, by a readable
 * key ({@code member:camille}), so that later capabilities can refer to the same people; and the
 * instant the loading started, from which each contributor dates its items in the past ({@link
 * #at}), so the demo reads like a community that has lived for a few months.
 */
public final class DemoContext {
    private final Map<String, Long> ids = new HashMap<>();
    private final Instant loadedAt;

    public DemoContext(Instant loadedAt) {
        this.loadedAt = Objects.requireNonNull(loadedAt);
    }

    public void remember(String key, long id) {
        ids.put(key, id);
    }

    public Optional<Long> id(String key) {
        return Optional.ofNullable(ids.get(key));
    }

    /**
     * The instant {@code days} days before the day the loading started (1 is the day before), at
     * that time of day in Paris: always in the past, and at hours when people write.
     */
    public Instant ago(int days, int hour, int minute) {
        if (days < 1) {
            throw new IllegalArgumentException("demo content is dated before the day it loads");
        }
        return loadedAt.atZone(DailyJobs.PARIS)
                .toLocalDate()
                .minusDays(days)
                .atTime(hour, minute)
                .atZone(DailyJobs.PARIS)
                .toInstant();
    }

    /**
     * Runs {@code work} as if the application's clock read {@code when}: the services it calls
     * stamp their dates with it. Later content of a thread gets a later instant, so that replies
     * follow their topic and accepted answers their answer.
     */
    public <T> T at(Instant when, Supplier<T> work) {
        return DemoTime.at(when, work);
    }

    public void at(Instant when, Runnable work) {
        DemoTime.at(
                when,
                () -> {
                    work.run();
                    return null;
                });
    }
}
