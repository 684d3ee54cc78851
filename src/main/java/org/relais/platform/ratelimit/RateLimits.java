package org.relais.platform.ratelimit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.relais.platform.error.TooManyRequestsException;

/**
 * The application's rate limits, one named policy each, read from configuration ({@code
 * relais.ratelimit.login=6/1m,30/1h}). A use case calls {@link #check} with a key such as {@code
 * ip:203.0.113.7} or {@code account:42}; past the limit it gets a 429 with Retry-After.
 */
@ApplicationScoped
public class RateLimits {
    @Inject Clock clock;
    @Inject Config config;

    private RateLimiter limiter;
    private final Map<String, RateLimitPolicy> policies = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        limiter = new RateLimiter(clock);
    }

    public void check(String policyName, String key) {
        RateLimitDecision decision = limiter.tryConsume(policy(policyName), key);
        if (!decision.allowed()) {
            throw new TooManyRequestsException(decision.retryAfterSeconds());
        }
    }

    private RateLimitPolicy policy(String name) {
        return policies.computeIfAbsent(
                name,
                n -> RateLimitPolicy.of(n, config.getValue("relais.ratelimit." + n, String.class)));
    }
}
