package org.relais.betatest.domain;

import java.util.ArrayList;
import java.util.List;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;

/**
 * What a selected tester reports: one outcome per scenario, in the call's order, an overall rating
 * from 1 to 5, the problems found and free text. Built only through {@link #of}, which refuses a
 * report that skips a scenario or rates outside 1–5.
 */
public record TestReport(
        List<ScenarioResult> scenarios, int rating, List<Problem> problems, String text) {
    public static final int COMMENT_MAX = 2000;
    public static final int TEXT_MAX = 10000;
    public static final int PROBLEMS_MAX = 30;

    /** The outcome of one scenario, with an optional comment. */
    public record ScenarioResult(Outcome outcome, String comment) {}

    /** A problem the tester found. */
    public record Problem(Severity severity, String text) {}

    /**
     * A report as the tester submits it, checked against the call's scenarios by {@link #validate}.
     */
    public record Draft(
            List<ScenarioResult> scenarios, Integer rating, List<Problem> problems, String text) {
        public TestReport validate(int scenarioCount) {
            return of(scenarioCount, scenarios, rating, problems, text);
        }
    }

    public TestReport {
        scenarios = List.copyOf(scenarios);
        problems = List.copyOf(problems);
    }

    public static TestReport of(
            int scenarioCount,
            List<ScenarioResult> scenarios,
            Integer rating,
            List<Problem> problems,
            String text) {
        List<FieldError> errors = new ArrayList<>();
        if (scenarios == null || scenarios.size() != scenarioCount) {
            errors.add(error("scenarios", "betatest.report.scenarios", scenarioCount));
        } else {
            for (int i = 0; i < scenarios.size(); i++) {
                ScenarioResult result = scenarios.get(i);
                if (result == null || result.outcome() == null) {
                    errors.add(error("scenarios", "betatest.report.outcome", i + 1));
                } else if (length(result.comment()) > COMMENT_MAX) {
                    errors.add(error("scenarios", "betatest.report.comment-long", i + 1));
                }
            }
        }
        if (rating == null || rating < 1 || rating > 5) {
            errors.add(new FieldError("rating", "betatest.report.rating"));
        }
        List<Problem> found = problems == null ? List.of() : problems;
        if (found.size() > PROBLEMS_MAX) {
            errors.add(error("problems", "betatest.report.problems-many", PROBLEMS_MAX));
        }
        for (Problem problem : found) {
            if (problem == null
                    || problem.severity() == null
                    || problem.text() == null
                    || problem.text().isBlank()
                    || problem.text().length() > COMMENT_MAX) {
                errors.add(new FieldError("problems", "betatest.report.problem"));
                break;
            }
        }
        if (length(text) > TEXT_MAX) {
            errors.add(error("text", "betatest.report.text-long", TEXT_MAX));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        return new TestReport(
                scenarios.stream()
                        .map(r -> new ScenarioResult(r.outcome(), strip(r.comment())))
                        .toList(),
                rating,
                found.stream().map(p -> new Problem(p.severity(), p.text().strip())).toList(),
                strip(text));
    }

    private static FieldError error(String field, String key, Object argument) {
        return new FieldError(field, key, new Object[] {argument});
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? "" : value.strip();
    }
}
