package org.relais.search.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;

/**
 * A date filter that is not a day written {@code AAAA-MM-JJ}, or a range that ends before it
 * starts: a malformed request (400), not a search with no result.
 */
public class InvalidSearchDate extends RuleViolation {
    private static final long serialVersionUID = 1L;

    InvalidSearchDate(String field, String messageKey) {
        super(List.of(new FieldError(field, messageKey, new Object[0])));
    }

    /** The day written in {@code raw} (ISO {@code 2026-03-14}), or null when blank. */
    public static LocalDate parse(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidSearchDate(field, "search.date.invalid");
        }
    }

    @Override
    public int status() {
        return 400;
    }
}
