package org.relais.platform.ratelimit;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A named limit ("login", "signup") made of one or more bandwidths that must all let a request
 * through. Several bandwidths let one policy stop both bursts and patient attackers: with {@code
 * 6/1m,30/1h} a script that respects the minute limit is still stopped after half an hour.
 *
 * <p>The limiter tells policies apart by value (name and bandwidths), so a policy reconfigured with
 * other limits starts from fresh buckets instead of inheriting counts it cannot interpret.
 */
public record RateLimitPolicy(String name, List<Bandwidth> bandwidths) {

    public RateLimitPolicy {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A rate limit policy needs a name");
        }
        bandwidths = List.copyOf(bandwidths);
        if (bandwidths.isEmpty()) {
            throw new IllegalArgumentException(
                    "Rate limit policy '" + name + "' needs at least one bandwidth");
        }
    }

    /**
     * Builds a policy from comma-separated bandwidths, such as {@code of("login", "6/1m,30/1h")}.
     *
     * @throws IllegalArgumentException naming the policy and the faulty bandwidth
     */
    public static RateLimitPolicy of(String name, String bandwidths) {
        Objects.requireNonNull(bandwidths, "bandwidths");
        try {
            return new RateLimitPolicy(
                    name, Arrays.stream(bandwidths.split(",", -1)).map(Bandwidth::parse).toList());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Rate limit policy '" + name + "': " + e.getMessage());
        }
    }
}
