package org.relais.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.relais.platform.demo.DemoTime;

/**
 * The system clock, except on the thread that loads the demo content, where it reads the past
 * instant of the item being written ({@link DemoTime}). Every service stamps its dates with this
 * clock, so the demo's questions, answers, transfers and kits carry believable dates, in order,
 * without a demo path in any service.
 */
final class ApplicationClock extends Clock {
    private final ZoneId zone;

    ApplicationClock(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
    }

    @Override
    public Instant instant() {
        return DemoTime.backdated().orElseGet(Instant::now);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ApplicationClock(other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApplicationClock clock && zone.equals(clock.zone);
    }

    @Override
    public int hashCode() {
        return zone.hashCode();
    }
}
