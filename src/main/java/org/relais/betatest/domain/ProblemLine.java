package org.relais.betatest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A problem found, as stored. */
@Embeddable
public class ProblemLine {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;

    @Column(nullable = false, length = TestReport.COMMENT_MAX)
    private String text;

    protected ProblemLine() {}

    ProblemLine(TestReport.Problem problem) {
        this.severity = problem.severity();
        this.text = problem.text();
    }

    TestReport.Problem value() {
        return new TestReport.Problem(severity, text);
    }
}
