package org.relais.platform.paging;

import org.relais.platform.error.RuleViolation;

/**
 * Which page of a list is asked for: {@code ?page=} counts from 1, {@code ?size=} from 1 to {@value
 * #MAX_SIZE}. Out-of-range values are refused rather than silently corrected.
 */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** From the raw query parameters; absent means the first page of {@value #DEFAULT_SIZE}. */
    public static PageRequest of(String page, String size) {
        int p = parse(page, 1, "page", "paging.page.invalid");
        int s = parse(size, DEFAULT_SIZE, "size", "paging.size.invalid");
        if (p < 1) {
            throw RuleViolation.of("page", "paging.page.invalid");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw RuleViolation.of("size", "paging.size.invalid");
        }
        return new PageRequest(p, s);
    }

    private static int parse(String raw, int fallback, String field, String messageKey) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.of(field, messageKey);
        }
    }

    public int offset() {
        return (page - 1) * size;
    }

    public int pageCount(long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
