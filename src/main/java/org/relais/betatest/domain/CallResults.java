package org.relais.betatest.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The published results of a call, computed from its reports: participation, per-scenario counts of
 * pass / fail / blocked, the distribution of ratings, and the problems grouped by severity (most
 * severe first). Only the reports the holder accepted count, so that a report sent back for details
 * does not weigh on the figures until it is complete.
 */
public record CallResults(
        Participation participation,
        List<ScenarioCounts> scenarios,
        List<Integer> ratings,
        Double averageRating,
        Map<Severity, List<String>> problems) {

    /** How many applied, were selected, reported, and had their report accepted. */
    public record Participation(int applications, int selected, int reports, int accepted) {}

    /** Pass, fail and blocked counts of one scenario. */
    public record ScenarioCounts(String title, int pass, int fail, int blocked) {
        public int total() {
            return pass + fail + blocked;
        }

        /** Share of passes, 0–100, rounded; 0 when nobody tried the scenario. */
        public int passPercent() {
            return total() == 0 ? 0 : Math.round(pass * 100f / total());
        }
    }

    public CallResults {
        scenarios = List.copyOf(scenarios);
        ratings = List.copyOf(ratings); // ratings.get(r - 1): how many reports rated r
    }

    public static CallResults of(
            List<String> scenarioTitles,
            int applications,
            int selected,
            int reports,
            List<TestReport> accepted) {
        int[][] counts = new int[scenarioTitles.size()][Outcome.values().length];
        int[] ratings = new int[5];
        Map<Severity, List<String>> problems = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            problems.put(severity, new ArrayList<>());
        }
        long ratingSum = 0;
        for (TestReport report : accepted) {
            for (int i = 0; i < Math.min(counts.length, report.scenarios().size()); i++) {
                counts[i][report.scenarios().get(i).outcome().ordinal()]++;
            }
            ratings[report.rating() - 1]++;
            ratingSum += report.rating();
            report.problems().forEach(p -> problems.get(p.severity()).add(p.text()));
        }
        List<ScenarioCounts> perScenario = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            perScenario.add(
                    new ScenarioCounts(
                            scenarioTitles.get(i),
                            counts[i][Outcome.PASS.ordinal()],
                            counts[i][Outcome.FAIL.ordinal()],
                            counts[i][Outcome.BLOCKED.ordinal()]));
        }
        problems.replaceAll((severity, texts) -> List.copyOf(texts));
        return new CallResults(
                new Participation(applications, selected, reports, accepted.size()),
                perScenario,
                Arrays.stream(ratings).boxed().toList(),
                accepted.isEmpty() ? null : Math.round(ratingSum * 10.0 / accepted.size()) / 10.0,
                problems);
    }
}
