package org.relais.library.domain;

/** Whether the declared use is covered by the licence and the author's extra grants. */
public enum Verdict {
    COVERED,
    NOT_COVERED;

    /** {@code covered} or {@code not-covered}, as in the API. */
    public String json() {
        return this == COVERED ? "covered" : "not-covered";
    }
}
