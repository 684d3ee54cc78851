package org.relais.platform.ratelimit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The size and refill speed of one token bucket: {@code capacity} requests per {@code period},
 * refilled continuously at one token every {@code period / capacity}, so a client that waits is
 * never punished for a whole period.
 *
 * <p>Configuration writes it {@code <capacity>/<amount><unit>}, the unit being {@code s}, {@code
 * m}, {@code h} or {@code d}: {@code 6/1m}, {@code 30/1h}, {@code 5/10s}, {@code 100/1d}.
 */
public record Bandwidth(int capacity, Duration period) {

    /**
     * The limiter counts in token × nanosecond units and adds two full buckets at most, so {@code
     * capacity × period} in nanoseconds must stay under half of a long (about 146 years).
     */
    private static final long MAX_TOKEN_NANOS = Long.MAX_VALUE / 2;

    private static final String SYNTAX = "expected <capacity>/<period>, for example 6/1m or 30/1h";
    private static final String UNIT_EXPECTED =
            "the period '%s' must end with a unit: s, m, h or d";

    public Bandwidth {
        Objects.requireNonNull(period, "period");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive, was " + period);
        }
        if (period.compareTo(Duration.ofNanos(MAX_TOKEN_NANOS / capacity)) > 0) {
            throw new IllegalArgumentException(
                    "capacity × period is too large: " + capacity + " per " + period);
        }
    }

    /**
     * Reads {@code 6/1m}-style text.
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static Bandwidth parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Empty bandwidth: " + SYNTAX);
        }
        try {
            return parseStripped(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Invalid bandwidth '" + text + "': " + e.getMessage());
        }
    }

    private static Bandwidth parseStripped(String text) {
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/')) {
            throw new IllegalArgumentException(SYNTAX);
        }
        int capacity = parseWholeNumber(text.substring(0, slash), "capacity");
        String period = text.substring(slash + 1);
        if (period.isEmpty()) {
            throw new IllegalArgumentException("the period is missing");
        }
        ChronoUnit unit =
                switch (period.charAt(period.length() - 1)) {
                    case 's' -> ChronoUnit.SECONDS;
                    case 'm' -> ChronoUnit.MINUTES;
                    case 'h' -> ChronoUnit.HOURS;
                    case 'd' -> ChronoUnit.DAYS;
                    default -> throw new IllegalArgumentException(UNIT_EXPECTED.formatted(period));
                };
        int amount = parseWholeNumber(period.substring(0, period.length() - 1), "period amount");
        return new Bandwidth(capacity, Duration.of(amount, unit));
    }

    private static int parseWholeNumber(String digits, String what) {
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("the " + what + " is missing");
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(
                    "the " + what + " '" + digits + "' is not a whole number");
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " " + digits + " is too large");
        }
    }
}
