package org.relais.betatest.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relais.betatest.application.CallCommand;
import org.relais.betatest.domain.TestReport;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;

/** How the pages' forms read what people type: hours, days, rows left empty, unknown codes. */
class CallFormTest {
    @ParameterizedTest
    @CsvSource({"1,60", "'1,5',90", "0.25,15", "'',0", "0,0", "10,600"})
    void aRewardInHoursBecomesWholeMinutes(String typed, long minutes) {
        CallForm form = CallForm.of(posted("reward", typed));
        assertEquals(minutes, form.command(null).rewardMinutes());
        assertTrue(form.errors.isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"beaucoup", "'0,001'", "1h30"})
    void aRewardThatIsNotWholeMinutesIsRefusedBesideItsField(String typed) {
        CallForm form = CallForm.of(posted("reward", typed));
        form.command(null);
        assertEquals(List.of("reward"), form.errors.stream().map(FieldError::field).toList());
    }

    @Test
    void daysAreParisDaysApplicationsCloseAtTheirEndAndTestsStartAtMidnight() {
        MultivaluedMap<String, String> posted = posted("applicationDeadline", "2026-12-01");
        posted.add("testStart", "2026-12-02");
        posted.add("testEnd", "2026-12-10");
        CallCommand command = CallForm.of(posted).command(null);
        assertEquals(
                ZonedDateTime.parse("2026-12-01T23:59:59+01:00[Europe/Paris]").toInstant(),
                command.applicationDeadline());
        assertEquals(
                ZonedDateTime.parse("2026-12-02T00:00+01:00[Europe/Paris]").toInstant(),
                command.testStart());
    }

    @Test
    void aDateThatCannotBeReadIsNamedAndAnEmptyOneLeftToTheRules() {
        CallForm form = CallForm.of(posted("applicationDeadline", "01/12/2026"));
        CallCommand command = form.command(null);
        assertNull(command.applicationDeadline());
        assertNull(command.testStart());
        assertEquals(
                List.of("applicationDeadline"),
                form.errors.stream().map(FieldError::field).toList());
    }

    @Test
    void emptyScenarioRowsAreDroppedAndMoreRowsKeepWhatWasTyped() {
        MultivaluedMap<String, String> posted = new MultivaluedHashMap<>();
        posted.addAll("scenarioTitle", "Emprunter", "", "Rendre");
        posted.addAll("scenarioExpected", "Le ticket sort", "", "");
        CallForm form = CallForm.of(posted);
        List<CallCommand.ScenarioCommand> scenarios = form.command(null).scenarios();
        assertEquals(2, scenarios.size());
        assertEquals("Rendre", scenarios.get(1).title());
        assertEquals(5, form.withMoreRows().scenarios.size());
        assertEquals("Emprunter", form.scenarios.get(0)[0]);
    }

    @Test
    void aReportFormReadsUnknownCodesAsNoAnswerAndSkipsEmptyProblemRows() {
        MultivaluedMap<String, String> posted = new MultivaluedHashMap<>();
        posted.add("outcome-1", "pass");
        posted.add("outcome-2", "peut-etre");
        posted.add("rating", "4");
        posted.addAll("problemSeverity", "major", "");
        posted.addAll("problemText", "Le bouton est caché", "");
        TestReport.Draft draft = ReportForm.of(posted, 2).draft();
        assertNull(draft.scenarios().get(1));
        assertEquals(1, draft.problems().size());
        RuleViolation refused = assertThrows(RuleViolation.class, () -> draft.validate(2));
        assertEquals(
                List.of("betatest.report.outcome"),
                refused.errors().stream().map(FieldError::messageKey).toList());
    }

    @ParameterizedTest
    @CsvSource({"6", "0", "'cinq'", "''"})
    void aRatingOutsideOneToFiveIsNoRating(String typed) {
        MultivaluedMap<String, String> posted = posted("outcome-1", "pass");
        posted.add("rating", typed);
        assertNull(ReportForm.of(posted, 1).draft().rating());
    }

    private static MultivaluedMap<String, String> posted(String name, String value) {
        MultivaluedMap<String, String> posted = new MultivaluedHashMap<>();
        posted.add(name, value);
        return posted;
    }
}
