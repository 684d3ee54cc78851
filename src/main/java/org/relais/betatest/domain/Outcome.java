package org.relais.betatest.domain;

/** What happened when a tester tried a scenario. */
public enum Outcome implements Coded {
    PASS("pass"),
    FAIL("fail"),
    BLOCKED("blocked");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Outcome fromCode(String code) {
        return Coded.parse(Outcome.class, code, "scenarios");
    }
}
