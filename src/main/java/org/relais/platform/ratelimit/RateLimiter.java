package org.relais.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts requests per policy and key ({@code "ip:1.2.3.4"}, {@code "account:42"}) with token
 * buckets, so that one client hammering the login form is slowed down while everybody else is
 * unaffected.
 *
 * <p>Thread safety: buckets live in a {@link ConcurrentHashMap} and each is guarded by its own
 * lock, so requests for different keys never wait for each other.
 *
 * <p>Memory: a bucket that has refilled completely carries no information (a new one would be
 * identical), so every {@code sweepInterval} calls the calling thread walks the map once and drops
 * the full buckets. A key therefore stays in memory at most the longest period of its policy after
 * its last request, and the map holds no more than the keys active in that time plus {@code
 * sweepInterval}. A size-bounded map was not chosen because it would have to evict buckets that are
 * still counting, handing a fresh quota to whoever floods it with new keys.
 */
public final class RateLimiter {

    /** Calls between two sweeps: one pass over the map, amortised over that many calls. */
    public static final int DEFAULT_SWEEP_INTERVAL = 1024;

    private final Clock clock;
    private final int sweepInterval;
    private final ConcurrentMap<BucketKey, KeyBuckets> buckets = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicBoolean sweeping = new AtomicBoolean();

    public RateLimiter(Clock clock) {
        this(clock, DEFAULT_SWEEP_INTERVAL);
    }

    public RateLimiter(Clock clock, int sweepInterval) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (sweepInterval < 1) {
            throw new IllegalArgumentException(
                    "sweepInterval must be at least 1, was " + sweepInterval);
        }
        this.sweepInterval = sweepInterval;
    }

    /**
     * Takes one token from every bandwidth of {@code policy} for {@code key}, or none at all when
     * one of them is empty; the refusal then says how long until all of them have a token again.
     */
    public RateLimitDecision tryConsume(RateLimitPolicy policy, String key) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(key, "key");
        BucketKey id = new BucketKey(policy, key);
        Instant now = clock.instant();
        Optional<RateLimitDecision> decision;
        do {
            // empty when a sweep evicted the bucket between the lookup and its lock: look again
            decision =
                    buckets.computeIfAbsent(id, k -> new KeyBuckets(policy.bandwidths(), now))
                            .tryConsume(now);
        } while (decision.isEmpty());
        if (calls.incrementAndGet() % sweepInterval == 0) {
            evictFullBuckets(now);
        }
        return decision.get();
    }

    /** How many keys are being counted, for monitoring. */
    public int bucketCount() {
        return buckets.size();
    }

    private void evictFullBuckets(Instant now) {
        if (!sweeping.compareAndSet(false, true)) {
            return; // another thread is already sweeping
        }
        try {
            buckets.forEach(
                    (id, bucket) -> {
                        if (bucket.evictIfFull(now)) {
                            buckets.remove(id, bucket);
                        }
                    });
        } finally {
            sweeping.set(false);
        }
    }

    private record BucketKey(RateLimitPolicy policy, String key) {}

    /**
     * The buckets of one key under one policy, one per bandwidth, guarded by this object's lock.
     *
     * <p>Tokens are counted in token × nanosecond units: a token is worth the period in nanoseconds
     * and each elapsed nanosecond adds {@code capacity} units, so partial tokens are exact integers
     * and a full bucket is {@code capacity × period} units.
     */
    private static final class KeyBuckets {
        private final List<Bandwidth> bandwidths;
        private final long[] units;
        private Instant lastRefill;
        private boolean evicted;

        KeyBuckets(List<Bandwidth> bandwidths, Instant now) {
            this.bandwidths = bandwidths;
            this.units = new long[bandwidths.size()];
            for (int i = 0; i < units.length; i++) {
                units[i] = fullUnits(bandwidths.get(i));
            }
            this.lastRefill = now;
        }

        synchronized Optional<RateLimitDecision> tryConsume(Instant now) {
            if (evicted) {
                return Optional.empty();
            }
            refill(now);
            long longestWait = 0;
            for (int i = 0; i < units.length; i++) {
                longestWait = Math.max(longestWait, nanosUntilToken(bandwidths.get(i), units[i]));
            }
            if (longestWait > 0) {
                return Optional.of(RateLimitDecision.refused(Duration.ofNanos(longestWait)));
            }
            for (int i = 0; i < units.length; i++) {
                units[i] -= tokenUnits(bandwidths.get(i));
            }
            return Optional.of(RateLimitDecision.ALLOWED);
        }

        /** Marks this bucket evicted if it is full, so that no one consumes from it any more. */
        synchronized boolean evictIfFull(Instant now) {
            refill(now);
            for (int i = 0; i < units.length; i++) {
                if (units[i] < fullUnits(bandwidths.get(i))) {
                    return false;
                }
            }
            evicted = true;
            return true;
        }

        private void refill(Instant now) {
            if (!now.isAfter(lastRefill)) {
                return; // same instant, or a clock stepping back: no tokens to add
            }
            Duration elapsed = Duration.between(lastRefill, now);
            for (int i = 0; i < units.length; i++) {
                Bandwidth bandwidth = bandwidths.get(i);
                // past one period the bucket is full anyway; capping also prevents overflow
                long nanos =
                        elapsed.compareTo(bandwidth.period()) < 0
                                ? elapsed.toNanos()
                                : bandwidth.period().toNanos();
                units[i] = Math.min(fullUnits(bandwidth), units[i] + nanos * bandwidth.capacity());
            }
            lastRefill = now;
        }

        private static long nanosUntilToken(Bandwidth bandwidth, long units) {
            long missing = tokenUnits(bandwidth) - units;
            return missing <= 0 ? 0 : (missing + bandwidth.capacity() - 1) / bandwidth.capacity();
        }

        private static long tokenUnits(Bandwidth bandwidth) {
            return bandwidth.period().toNanos();
        }

        private static long fullUnits(Bandwidth bandwidth) {
            return bandwidth.capacity() * tokenUnits(bandwidth);
        }
    }
}
