package org.relais.betatest.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The outcome of one scenario, as stored. */
@Embeddable
public class ScenarioLine {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Outcome outcome;

    @Column(nullable = false, length = TestReport.COMMENT_MAX)
    private String comment;

    protected ScenarioLine() {}

    ScenarioLine(TestReport.ScenarioResult result) {
        this.outcome = result.outcome();
        this.comment = result.comment();
    }

    TestReport.ScenarioResult value() {
        return new TestReport.ScenarioResult(outcome, comment);
    }
}
