package org.relais.library.domain;

import java.util.Locale;

/** Where the kit is to be used. The JSON value is the lower-case, hyphenated name. */
public enum UseContext {
    PUBLIC_DIGITAL_SPACE,
    SCHOOL,
    LIBRARY,
    ASSOCIATION,
    COMPANY,
    ONLINE_COURSE;

    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static UseContext fromJson(String value) {
        return JsonEnums.parse(UseContext.class, value);
    }

    public String messageKey() {
        return "usage.context." + name();
    }
}
