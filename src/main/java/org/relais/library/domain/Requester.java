package org.relais.library.domain;

import java.util.Locale;
import java.util.Objects;

/** Who asks to use a kit: a person or an organisation, which may be a public body. */
public record Requester(Kind kind, String name, boolean publicBody) {
    public enum Kind {
        PERSON,
        ORGANISATION;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromJson(String value) {
            return JsonEnums.parse(Kind.class, value);
        }
    }

    public Requester {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
