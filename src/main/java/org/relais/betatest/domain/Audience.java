package org.relais.betatest.domain;

/** The publics a call may want among its testers; a tester says which they belong to. */
public enum Audience implements Coded {
    SENIOR("senior"),
    JOB_SEEKER("job-seeker"),
    YOUNG("young"),
    DISABLED("disabled"),
    MEDIATOR("mediator"),
    BEGINNER("beginner");

    private final String code;

    Audience(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Audience fromCode(String code) {
        return Coded.parse(Audience.class, code, "criteria.audiences");
    }
}
