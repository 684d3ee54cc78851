package org.relais.betatest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One thing to try in a call, and what should happen when it works. */
@Embeddable
public class Scenario {
    public static final int TITLE_MAX = 200;
    public static final int EXPECTED_MAX = 1000;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = EXPECTED_MAX)
    private String expected;

    protected Scenario() {}

    public Scenario(String title, String expected) {
        this.title = Objects.requireNonNull(title);
        this.expected = Objects.requireNonNull(expected);
    }

    public String title() {
        return title;
    }

    public String expected() {
        return expected;
    }
}
