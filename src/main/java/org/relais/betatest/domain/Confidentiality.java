package org.relais.betatest.domain;

import java.time.Instant;

/**
 * Who may read the results of a call. Project holders sometimes test something not yet announced:
 * they may keep results to themselves, or publish them once the test period is over.
 */
public enum Confidentiality implements Coded {
    PUBLIC("public"),
    PUBLIC_AFTER_PERIOD("public-after-period"),
    PRIVATE("private");

    private final String code;

    Confidentiality(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Confidentiality fromCode(String code) {
        return Coded.parse(Confidentiality.class, code, "confidentiality");
    }

    /** Whether someone other than the holder may read published results now. */
    public boolean resultsPublicAt(Instant now, Instant testEnd) {
        return switch (this) {
            case PUBLIC -> true;
            case PUBLIC_AFTER_PERIOD -> !now.isBefore(testEnd);
            case PRIVATE -> false;
        };
    }
}
