package org.relais.betatest.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relais.betatest.domain.CallResults;
import org.relais.betatest.domain.Outcome;
import org.relais.betatest.domain.TestReport;
import org.relais.betatest.domain.TestReport.ScenarioResult;

/** The bars of the results chart: segments side by side, widths in proportion to the counts. */
class ScenarioChartTest {

    @Test
    void eachScenarioIsOneBarSplitByOutcome() {
        TestReport passFail = report(Outcome.PASS, Outcome.FAIL);
        TestReport passBlocked = report(Outcome.PASS, Outcome.BLOCKED);
        TestReport passPass = report(Outcome.PASS, Outcome.PASS);
        ScenarioChart chart =
                ScenarioChart.of(
                        CallResults.of(
                                List.of("Créer un compte", "Prendre rendez-vous"),
                                3,
                                3,
                                3,
                                List.of(passFail, passBlocked, passPass)));
        assertEquals(2, chart.rows().size());
        ScenarioChart.Row first = chart.rows().get(0);
        assertEquals(3, first.pass().count());
        assertEquals("220.0", first.pass().x());
        assertEquals("410.0", first.pass().width(), "the whole bar: 640 − 220 − 10");
        assertEquals("0.0", first.fail().width());
        ScenarioChart.Row second = chart.rows().get(1);
        assertEquals("136.7", second.pass().width());
        assertEquals("356.7", second.fail().x());
        assertEquals("493.3", second.blocked().x());
        assertEquals(20 + 2 * 34, chart.height());
    }

    @Test
    void aScenarioNobodyTriedHasAnEmptyBar() {
        ScenarioChart chart = ScenarioChart.of(CallResults.of(List.of("Seul"), 0, 0, 0, List.of()));
        assertEquals("0.0", chart.rows().get(0).pass().width());
        assertEquals("0.0", chart.rows().get(0).blocked().width());
    }

    private static TestReport report(Outcome first, Outcome second) {
        return TestReport.of(
                2,
                List.of(new ScenarioResult(first, null), new ScenarioResult(second, null)),
                3,
                List.of(),
                null);
    }
}
