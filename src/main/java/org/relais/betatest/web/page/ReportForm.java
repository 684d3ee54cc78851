package org.relais.betatest.web.page;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import org.relais.betatest.domain.Outcome;
import org.relais.betatest.domain.Severity;
import org.relais.betatest.domain.TestReport;
import org.relais.platform.error.RuleViolation;

/**
 * The report form's fields: one outcome and comment per scenario ({@code outcome-1}, {@code
 * comment-1}, …), a rating, rows of problems (severity and text; blank rows are ignored, "add rows"
 * posts the form back with more) and free text. An unknown code reads as no answer, which the
 * report's own rules then refuse with their message.
 */
public record ReportForm(
        List<String> outcomes,
        List<String> comments,
        String rating,
        List<String[]> problems,
        String text) {
    static final int FIRST_PROBLEM_ROWS = 2;
    static final int MORE_ROWS = 2;

    static ReportForm empty(int scenarioCount) {
        List<String> blanks = new ArrayList<>();
        for (int i = 0; i < scenarioCount; i++) {
            blanks.add("");
        }
        return new ReportForm(blanks, blanks, "", rows(List.of(), FIRST_PROBLEM_ROWS), "");
    }

    static ReportForm of(TestReport report) {
        List<String[]> problems = new ArrayList<>();
        report.problems().forEach(p -> problems.add(new String[] {p.severity().code(), p.text()}));
        return new ReportForm(
                report.scenarios().stream().map(s -> s.outcome().code()).toList(),
                report.scenarios().stream().map(TestReport.ScenarioResult::comment).toList(),
                String.valueOf(report.rating()),
                rows(problems, problems.size() + 1),
                report.text());
    }

    static ReportForm of(MultivaluedMap<String, String> posted, int scenarioCount) {
        List<String> outcomes = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (int i = 1; i <= scenarioCount; i++) {
            outcomes.add(BetaTestPages.orEmpty(posted.getFirst("outcome-" + i)));
            comments.add(BetaTestPages.orEmpty(posted.getFirst("comment-" + i)));
        }
        List<String> severities = posted.getOrDefault("problemSeverity", List.of());
        List<String> texts = posted.getOrDefault("problemText", List.of());
        List<String[]> problems = new ArrayList<>();
        for (int i = 0; i < Math.max(severities.size(), texts.size()); i++) {
            problems.add(
                    new String[] {
                        BetaTestPages.orEmpty(i < severities.size() ? severities.get(i) : null),
                        BetaTestPages.orEmpty(i < texts.size() ? texts.get(i) : null)
                    });
        }
        return new ReportForm(
                outcomes,
                comments,
                BetaTestPages.orEmpty(posted.getFirst("rating")),
                rows(problems, FIRST_PROBLEM_ROWS),
                BetaTestPages.orEmpty(posted.getFirst("text")));
    }

    ReportForm withMoreRows() {
        return new ReportForm(
                outcomes, comments, rating, rows(problems, problems.size() + MORE_ROWS), text);
    }

    TestReport.Draft draft() {
        List<TestReport.ScenarioResult> scenarios = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            String code = outcomes.get(i);
            Outcome outcome = parse(() -> Outcome.fromCode(code));
            scenarios.add(
                    outcome == null
                            ? null
                            : new TestReport.ScenarioResult(outcome, comments.get(i)));
        }
        List<TestReport.Problem> found = new ArrayList<>();
        for (String[] row : problems) {
            if (!row[0].isEmpty() || !row[1].isEmpty()) {
                Severity severity = parse(() -> Severity.fromCode(row[0]));
                found.add(severity == null ? null : new TestReport.Problem(severity, row[1]));
            }
        }
        Integer stars = rating.matches("[1-5]") ? Integer.valueOf(rating) : null;
        return new TestReport.Draft(scenarios, stars, found, text);
    }

    private static <T> T parse(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (RuleViolation unknown) {
            return null;
        }
    }

    private static List<String[]> rows(List<String[]> filled, int atLeast) {
        List<String[]> rows = new ArrayList<>(filled);
        while (rows.size() < atLeast) {
            rows.add(new String[] {"", ""});
        }
        return rows;
    }
}
