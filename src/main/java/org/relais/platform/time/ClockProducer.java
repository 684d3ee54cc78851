package org.relais.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The one clock of the application, in UTC, which the demo loader alone can set back ({@link
 * ApplicationClock}); tests of domain rules pass their own {@link Clock}.
 */
@ApplicationScoped
public class ClockProducer {
    @Produces
    @ApplicationScoped
    Clock clock() {
        return new ApplicationClock(ZoneOffset.UTC);
    }

    @Produces
    @ApplicationScoped
    @WallClock
    Clock wallClock() {
        return Clock.systemUTC();
    }
}
