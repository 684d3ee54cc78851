package org.relais.library.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.relais.library.domain.Adaptation;
import org.relais.library.domain.Distribution;
import org.relais.library.domain.IntendedUse;
import org.relais.library.domain.Requester;
import org.relais.library.domain.UseContext;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;

/**
 * Reads a declared use and its requester from strings, as the form and the JSON API send them,
 * collecting every mistake as a field error (French message) before anything is evaluated.
 */
public final class UseInput {
    private final List<FieldError> errors = new ArrayList<>();

    /** The raw values; booleans as {@code true}/{@code false} or {@code on} (a ticked box). */
    public record Raw(
            String requesterKind,
            String requesterName,
            String publicBody,
            String context,
            String commercial,
            String reproduce,
            String distribute,
            Collection<String> adapt,
            String screening,
            String audienceSize,
            String from,
            String to,
            String places) {}

    public record Parsed(Requester requester, IntendedUse use) {}

    public static Parsed parse(Raw raw) {
        UseInput input = new UseInput();
        Requester.Kind kind = input.kind(raw.requesterKind());
        String name = raw.requesterName() == null ? "" : raw.requesterName().strip();
        if (name.isEmpty()) {
            input.errors.add(
                    new FieldError(
                            "requester.name", "usage.requester.name.invalid", new Object[] {200}));
        }
        UseContext context = input.context(raw.context());
        Distribution distribution = input.distribution(raw.distribute());
        Set<Adaptation> adaptations = input.adaptations(raw.adapt());
        Integer audience = input.audience(raw.audienceSize());
        LocalDate from = input.date("use.from", raw.from());
        LocalDate to = input.date("use.to", raw.to());
        if (from != null && to != null && to.isBefore(from)) {
            input.errors.add(new FieldError("use.to", "usage.period.invalid"));
        }
        if (!input.errors.isEmpty()) {
            throw new RuleViolation(input.errors);
        }
        String places =
                raw.places() == null || raw.places().isBlank() ? null : raw.places().strip();
        return new Parsed(
                new Requester(kind, name, yes(raw.publicBody())),
                new IntendedUse(
                        context,
                        yes(raw.commercial()),
                        yes(raw.reproduce()),
                        distribution,
                        adaptations,
                        yes(raw.screening()),
                        audience,
                        from,
                        to,
                        places));
    }

    static boolean yes(String value) {
        return value != null
                && switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "true", "on", "oui", "yes", "1" -> true;
                    default -> false;
                };
    }

    private Requester.Kind kind(String value) {
        try {
            return Requester.Kind.fromJson(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("requester.kind", "usage.requester.kind.invalid"));
            return null;
        }
    }

    private UseContext context(String value) {
        try {
            return UseContext.fromJson(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("use.context", "usage.context.invalid"));
            return null;
        }
    }

    private Distribution distribution(String value) {
        if (value == null || value.isBlank()) {
            return Distribution.NONE;
        }
        try {
            return Distribution.fromJson(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("use.distribute", "usage.distribute.invalid"));
            return null;
        }
    }

    private Set<Adaptation> adaptations(Collection<String> values) {
        Set<Adaptation> set = EnumSet.noneOf(Adaptation.class);
        if (values == null) {
            return set;
        }
        for (String value : values) {
            if (value == null || value.isBlank() || "none".equalsIgnoreCase(value.strip())) {
                continue;
            }
            try {
                set.add(Adaptation.fromJson(value));
            } catch (IllegalArgumentException e) {
                errors.add(
                        new FieldError("use.adapt", "usage.adapt.invalid", new Object[] {value}));
            }
        }
        return set;
    }

    private Integer audience(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int size = Integer.parseInt(value.strip());
            if (size >= 0 && size <= 1_000_000) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("use.audienceSize", "usage.audience.invalid"));
        return null;
    }

    private LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "usage.date.invalid"));
            return null;
        }
    }
}
