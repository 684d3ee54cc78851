package org.relais.platform.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether a request may proceed and, when it may not, how long the client should wait: the value of
 * the {@code Retry-After} header, in whole seconds.
 */
public record RateLimitDecision(boolean allowed, Duration retryAfter) {

    public static final RateLimitDecision ALLOWED = new RateLimitDecision(true, Duration.ZERO);

    public RateLimitDecision {
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
        }
    }

    /**
     * A refusal telling the client to come back after {@code wait}, rounded up to whole seconds and
     * at least one second: {@code Retry-After} has no finer unit, and "retry in 0 s" would invite
     * an immediate, refused retry.
     */
    public static RateLimitDecision refused(Duration wait) {
        return new RateLimitDecision(false, Duration.ofSeconds(Math.max(1, ceilSeconds(wait))));
    }

    /** The wait in seconds, rounded up, for the {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return ceilSeconds(retryAfter);
    }

    private static long ceilSeconds(Duration duration) {
        return duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
    }
}
