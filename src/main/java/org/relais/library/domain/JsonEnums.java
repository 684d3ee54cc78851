package org.relais.library.domain;

import java.util.Locale;

/** Reads the lower-case, hyphenated JSON spelling of an enum constant. */
final class JsonEnums {
    private JsonEnums() {}

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing value for " + type.getSimpleName());
        }
        return Enum.valueOf(type, value.trim().replace('-', '_').toUpperCase(Locale.ROOT));
    }
}
