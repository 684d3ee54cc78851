package org.relais.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimiterTest {

    private static final RateLimitPolicy LOGIN = RateLimitPolicy.of("login", "6/1m,30/1h");
    private static final RateLimitPolicy SIX_PER_MINUTE = RateLimitPolicy.of("signup", "6/1m");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(clock);

    @Test
    void allowsSixPerMinuteThenAsksToWaitForTheNextToken() {
        assertEquals(6, consumeUntilRefused(SIX_PER_MINUTE, "ip:1.2.3.4"));

        RateLimitDecision seventh = limiter.tryConsume(SIX_PER_MINUTE, "ip:1.2.3.4");

        assertFalse(seventh.allowed());
        assertEquals(Duration.ofSeconds(10), seventh.retryAfter());
        assertEquals(10, seventh.retryAfterSeconds());
    }

    @Test
    void refillsOneTokenPerPeriodOverCapacityAndAFullBucketAfterAPeriod() {
        consumeUntilRefused(SIX_PER_MINUTE, "ip:1.2.3.4");

        clock.advance(Duration.ofSeconds(9));
        assertEquals(
                Duration.ofSeconds(1),
                limiter.tryConsume(SIX_PER_MINUTE, "ip:1.2.3.4").retryAfter());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, consumeUntilRefused(SIX_PER_MINUTE, "ip:1.2.3.4"));

        clock.advance(Duration.ofHours(2));
        assertEquals(6, consumeUntilRefused(SIX_PER_MINUTE, "ip:1.2.3.4"));
    }

    @Test
    void roundsASubSecondWaitUpToOneSecond() {
        RateLimitPolicy tenPerSecond = RateLimitPolicy.of("api", "10/1s");
        consumeUntilRefused(tenPerSecond, "account:42");

        RateLimitDecision refused = limiter.tryConsume(tenPerSecond, "account:42");

        assertEquals(Duration.ofSeconds(1), refused.retryAfter());
    }

    @Test
    void hourlyLimitRefusesEvenWhenTheMinuteBucketHasTokens() {
        // six a minute for five minutes: 30 tokens spent, 2.5 refilled at one per two minutes
        for (int minute = 0; minute < 5; minute++) {
            assertEquals(6, consumeUntilRefused(LOGIN, "ip:1.2.3.4"), "minute " + minute);
            clock.advance(Duration.ofMinutes(1));
        }

        assertEquals(2, consumeUntilRefused(LOGIN, "ip:1.2.3.4"));
        // the minute bucket still has 4 tokens; the hour bucket needs half a token
        RateLimitDecision refused = limiter.tryConsume(LOGIN, "ip:1.2.3.4");
        assertFalse(refused.allowed());
        assertEquals(Duration.ofMinutes(1), refused.retryAfter());
    }

    @Test
    void keysAreCountedSeparately() {
        consumeUntilRefused(SIX_PER_MINUTE, "ip:1.2.3.4");

        assertTrue(limiter.tryConsume(SIX_PER_MINUTE, "ip:5.6.7.8").allowed());
        assertTrue(limiter.tryConsume(SIX_PER_MINUTE, "account:42").allowed());
        assertFalse(limiter.tryConsume(SIX_PER_MINUTE, "ip:1.2.3.4").allowed());
    }

    @Test
    void policiesAreCountedSeparately() {
        consumeUntilRefused(SIX_PER_MINUTE, "ip:1.2.3.4");

        assertTrue(limiter.tryConsume(LOGIN, "ip:1.2.3.4").allowed());
    }

    @Test
    void refusedRequestsConsumeNothing() {
        consumeUntilRefused(SIX_PER_MINUTE, "ip:1.2.3.4");
        for (int i = 0; i < 20; i++) {
            assertEquals(
                    Duration.ofSeconds(10),
                    limiter.tryConsume(SIX_PER_MINUTE, "ip:1.2.3.4").retryAfter());
        }

        clock.advance(Duration.ofSeconds(10));
        assertTrue(limiter.tryConsume(SIX_PER_MINUTE, "ip:1.2.3.4").allowed());
    }

    @Test
    void refusalByOneBandwidthLeavesTheOthersUntouched() {
        RateLimitPolicy policy = RateLimitPolicy.of("password-reset", "2/1m,3/1h");
        assertEquals(2, consumeUntilRefused(policy, "account:42"));
        // were these refusals taking from the hour bucket, it would be empty by now
        for (int i = 0; i < 5; i++) {
            assertFalse(limiter.tryConsume(policy, "account:42").allowed());
        }

        clock.advance(Duration.ofSeconds(30));
        assertTrue(limiter.tryConsume(policy, "account:42").allowed());
    }

    @ParameterizedTest(name = "{0} means {1} per {2}")
    @CsvSource({
        "6/1m,     6,   PT1M",
        "30/1h,    30,  PT1H",
        "5/10s,    5,   PT10S",
        "100/1d,   100, PT24H",
        "' 6/1m ', 6,   PT1M",
        "1/90m,    1,   PT1H30M",
    })
    void parsesBandwidths(String text, int capacity, Duration period) {
        assertEquals(new Bandwidth(capacity, period), Bandwidth.parse(text));
    }

    @ParameterizedTest(name = "''{0}'' is refused because {1}")
    @CsvSource({
        "'',            Empty bandwidth",
        "'   ',         Empty bandwidth",
        "6,             expected <capacity>/<period>",
        "6/1m/2,        expected <capacity>/<period>",
        "/1m,           the capacity is missing",
        "6/,            the period is missing",
        "6/m,           the period amount is missing",
        "6/1,           must end with a unit: s, m, h or d",
        "6/1w,          must end with a unit: s, m, h or d",
        "6/1M,          must end with a unit: s, m, h or d",
        "six/1m,        the capacity 'six' is not a whole number",
        "-1/1m,         the capacity '-1' is not a whole number",
        "6/-1m,         the period amount '-1' is not a whole number",
        "0/1m,          capacity must be at least 1",
        "6/0s,          period must be positive",
        "99999999999/1m, the capacity 99999999999 is too large",
        "2000000000/1d, capacity × period is too large",
    })
    void refusesMalformedBandwidthsSayingWhatIsWrong(String text, String reason) {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> Bandwidth.parse(text));

        assertTrue(error.getMessage().contains(reason), error.getMessage());
        if (!text.isBlank()) {
            assertTrue(error.getMessage().contains("'" + text + "'"), error.getMessage());
        }
    }

    @Test
    void namesThePolicyWhenOneOfItsBandwidthsIsMalformed() {
        IllegalArgumentException error =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> RateLimitPolicy.of("login", "6/1m,30/1x"));

        assertEquals(
                "Rate limit policy 'login': Invalid bandwidth '30/1x': "
                        + "the period '1x' must end with a unit: s, m, h or d",
                error.getMessage());
    }

    @ParameterizedTest(name = "sweep every {0} calls")
    @ValueSource(ints = {1, RateLimiter.DEFAULT_SWEEP_INTERVAL})
    void concurrentRequestsForOneKeyConsumeExactlyTheCapacity(int sweepInterval) throws Exception {
        RateLimiter shared = new RateLimiter(clock, sweepInterval);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> hammer =
                () -> {
                    start.await();
                    int allowed = 0;
                    for (int i = 0; i < 500; i++) {
                        if (shared.tryConsume(SIX_PER_MINUTE, "ip:1.2.3.4").allowed()) {
                            allowed++;
                        }
                    }
                    return allowed;
                };
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(hammer));
            }
            start.countDown();
            int allowed = 0;
            for (Future<Integer> result : results) {
                allowed += result.get(30, TimeUnit.SECONDS);
            }
            assertEquals(6, allowed);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void evictsFullBucketsSoManyDistinctKeysStayBounded() {
        int sweepInterval = 100;
        RateLimiter sweeping = new RateLimiter(clock, sweepInterval);

        // one request per second from ever new addresses: a bucket is full again after 10 s
        int largest = 0;
        for (int i = 0; i < 10_000; i++) {
            sweeping.tryConsume(SIX_PER_MINUTE, "ip:10.0." + i / 256 + "." + i % 256);
            clock.advance(Duration.ofSeconds(1));
            largest = Math.max(largest, sweeping.bucketCount());
        }

        assertTrue(largest <= sweepInterval + 10, "at most " + largest + " buckets");
    }

    @Test
    void neverEvictsABucketThatIsStillCounting() {
        RateLimiter sweeping = new RateLimiter(clock, 10);
        consumeUntilRefused(SIX_PER_MINUTE, "ip:1.2.3.4", sweeping);

        for (int i = 0; i < 1_000; i++) {
            sweeping.tryConsume(SIX_PER_MINUTE, "ip:10.0.0." + i % 256);
        }
        clock.advance(Duration.ofSeconds(9));
        for (int i = 0; i < 100; i++) {
            sweeping.tryConsume(SIX_PER_MINUTE, "ip:10.0.1." + i);
        }

        assertFalse(sweeping.tryConsume(SIX_PER_MINUTE, "ip:1.2.3.4").allowed());
    }

    private int consumeUntilRefused(RateLimitPolicy policy, String key) {
        return consumeUntilRefused(policy, key, limiter);
    }

    /** Consumes until the first refusal, which consumes nothing, and counts what was allowed. */
    private static int consumeUntilRefused(
            RateLimitPolicy policy, String key, RateLimiter limiter) {
        int allowed = 0;
        while (limiter.tryConsume(policy, key).allowed()) {
            allowed++;
        }
        return allowed;
    }
}
