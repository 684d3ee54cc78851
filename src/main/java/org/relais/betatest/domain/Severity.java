package org.relais.betatest.domain;

/** How much a problem found in a test hurts, from the tester's point of view; most severe first. */
public enum Severity implements Coded {
    CRITICAL("critical"),
    MAJOR("major"),
    MINOR("minor");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Severity fromCode(String code) {
        return Coded.parse(Severity.class, code, "problems");
    }
}
