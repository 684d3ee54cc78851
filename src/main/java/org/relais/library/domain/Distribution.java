package org.relais.library.domain;

import java.util.Locale;

/** How copies reach others: not at all, printed, online, or handed to the participants. */
public enum Distribution {
    NONE,
    PRINTED,
    ONLINE,
    PARTICIPANTS;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Distribution fromJson(String value) {
        return JsonEnums.parse(Distribution.class, value);
    }

    public String messageKey() {
        return "usage.distribute." + name();
    }
}
