package org.relais.library.domain;

import java.util.Locale;

/**
 * Kinds of adaptation a user may declare: translation, accessibility adaptation, remix with other
 * kits.
 */
public enum Adaptation {
    TRANSLATION,
    ACCESSIBILITY,
    REMIX;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Adaptation fromJson(String value) {
        return JsonEnums.parse(Adaptation.class, value);
    }

    public String messageKey() {
        return "usage.adapt." + name();
    }
}
