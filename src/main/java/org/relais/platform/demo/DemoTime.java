package org.relais.platform.demo;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The past instant at which the demo loader writes an item, so that the demo reads like a community
 * that has lived for months rather than one whose every post is « il y a 1 minute ». It is held by
 * the loading thread only, set by {@link DemoContext#at} for the length of one call and cleared
 * after it; the application clock consults it, so the services stamp their usual dates with it. No
 * other code can set it: outside demo loading the clock is the system's.
 */
public final class DemoTime {
    private static final ThreadLocal<Instant> BACKDATED = new ThreadLocal<>();

    private DemoTime() {}

    /** The instant the current thread is writing demo content at, if it is. */
    public static Optional<Instant> backdated() {
        return Optional.ofNullable(BACKDATED.get());
    }

    static <T> T at(Instant when, Supplier<T> work) {
        Instant outer = BACKDATED.get();
        BACKDATED.set(when);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                BACKDATED.remove();
            } else {
                BACKDATED.set(outer);
            }
        }
    }
}
