package org.relais.library.domain;

import java.util.List;
import java.util.Objects;

/**
 * One term of an answer: a stable code (tests and API clients rely on it), the message key of its
 * sentence and the sentence's arguments (strings, numbers, or clauses rendered in place).
 */
public record Clause(String code, String messageKey, List<Object> args) {
    public Clause {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    public static Clause of(String code, String messageKey, Object... args) {
        return new Clause(code, messageKey, List.of(args));
    }

    /** A clause that only names something (a field of use, a context) to be used as an argument. */
    public static Clause label(String messageKey) {
        return new Clause("LABEL", messageKey, List.of());
    }
}
