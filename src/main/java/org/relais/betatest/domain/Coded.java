package org.relais.betatest.domain;

import org.relais.platform.error.RuleViolation;

/** A value of a closed list with the short code that forms and the API use ("senior", "ios"…). */
public interface Coded {
    String code();

    /** The value with this code; an unknown code is refused with the field that carried it. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String code, String field) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw RuleViolation.of(field, "betatest.code.unknown", code);
    }
}
