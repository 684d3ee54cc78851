package org.relais.betatest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relais.betatest.domain.CallSchedule.Phase;
import org.relais.betatest.domain.TestReport.Problem;
import org.relais.betatest.domain.TestReport.ScenarioResult;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;

/** Criteria matching, the calendar of a call, selection within slots, reports and results. */
class BetaTestRulesTest {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final Criteria SENIORS_ON_ANDROID_IN_BRITTANY =
            new Criteria(Set.of(Audience.SENIOR), Set.of(Device.ANDROID), Set.of("53"), Set.of());

    @Test
    void aProfileMeetsEachAskedCriterionOrNot() {
        TesterProfile senior =
                new TesterProfile(
                        Set.of(Audience.SENIOR, Audience.BEGINNER),
                        Set.of(Device.ANDROID, Device.COMPUTER),
                        "53",
                        Set.of("smartphone"));
        CriteriaMatch full = SENIORS_ON_ANDROID_IN_BRITTANY.match(senior);
        assertTrue(full.meetsAll());
        assertEquals(100, full.percent());

        TesterProfile youngOnIphoneInParis =
                new TesterProfile(Set.of(Audience.YOUNG), Set.of(Device.IOS), "11", Set.of());
        CriteriaMatch none = SENIORS_ON_ANDROID_IN_BRITTANY.match(youngOnIphoneInParis);
        assertEquals(0, none.percent());
        assertEquals(
                List.of("audiences", "devices", "regions"),
                none.criteria().stream().map(CriteriaMatch.Criterion::name).toList());

        TesterProfile seniorWithoutRegion =
                new TesterProfile(Set.of(Audience.SENIOR), Set.of(Device.IOS), null, Set.of());
        assertEquals(33, SENIORS_ON_ANDROID_IN_BRITTANY.match(seniorWithoutRegion).percent());
        assertEquals(100, Criteria.NONE.match(youngOnIphoneInParis).percent());
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11-30T09:00:00Z, APPLICATIONS",
        "2026-12-01T00:00:00Z, SELECTION",
        "2026-12-05T00:00:00Z, TESTING",
        "2026-12-19T23:59:59Z, TESTING",
        "2026-12-20T00:00:00Z, CLOSED"
    })
    void theCallMovesThroughItsPhases(String at, Phase expected) {
        CallSchedule schedule = december();
        assertEquals(expected, schedule.phase(Instant.parse(at)));
        assertEquals(
                expected == Phase.APPLICATIONS, schedule.acceptsApplications(Instant.parse(at)));
        assertEquals(expected == Phase.TESTING, schedule.acceptsReports(Instant.parse(at)));
        assertEquals(expected != Phase.CLOSED, schedule.acceptsSelections(Instant.parse(at)));
    }

    @Test
    void datesOutOfOrderAreRefusedFieldByField() {
        RuleViolation refused =
                assertThrows(
                        RuleViolation.class,
                        () ->
                                CallSchedule.of(
                                        NOW.minusSeconds(60),
                                        NOW.minus(Duration.ofDays(1)),
                                        NOW.minus(Duration.ofDays(2)),
                                        NOW));
        assertEquals(
                List.of("applicationDeadline", "testStart", "testEnd"),
                refused.errors().stream().map(FieldError::field).toList());
        assertEquals(
                Instant.parse("2026-12-17T00:00:00Z"),
                december().reminderAt(),
                "three days before the end");
    }

    @Test
    void selectionStaysWithinTheSlotsAndChangesNothingWhenRefused() {
        List<Applicant> applicants =
                List.of(
                        applicant(1, ApplicationStatus.SELECTED, 100, false, 1),
                        applicant(2, ApplicationStatus.APPLIED, 50, false, 2),
                        applicant(3, ApplicationStatus.APPLIED, 100, false, 3),
                        applicant(4, ApplicationStatus.APPLIED, 100, true, 0),
                        applicant(5, ApplicationStatus.WITHDRAWN, 100, false, 4));
        assertEquals(List.of(2L, 3L), SelectionRules.select(3, applicants, Set.of(1L, 2L, 3L)));
        RuleViolation full =
                assertThrows(
                        RuleViolation.class,
                        () -> SelectionRules.select(2, applicants, Set.of(2L, 3L)));
        assertEquals("betatest.selection.slots", full.errors().get(0).messageKey());
        assertEquals(
                "betatest.selection.withdrawn",
                assertThrows(
                                RuleViolation.class,
                                () -> SelectionRules.select(5, applicants, Set.of(5L)))
                        .errors()
                        .get(0)
                        .messageKey());
        assertThrows(RuleViolation.class, () -> SelectionRules.select(5, applicants, Set.of(99L)));
        assertEquals(
                List.of(3L, 2L, 4L),
                SelectionRules.waitingList(applicants).stream()
                        .map(Applicant::applicationId)
                        .toList(),
                "who reported last time first, then the best match, then the earliest");
    }

    @Test
    void aReportAnswersEveryScenarioAndRatesFromOneToFive() {
        TestReport report =
                TestReport.of(
                        2,
                        List.of(
                                new ScenarioResult(Outcome.PASS, "  "),
                                new ScenarioResult(Outcome.BLOCKED, " Le code SMS n'arrive pas ")),
                        4,
                        List.of(new Problem(Severity.CRITICAL, " Pas de code SMS ")),
                        "Bien dans l'ensemble");
        assertEquals("Le code SMS n'arrive pas", report.scenarios().get(1).comment());
        assertEquals("", report.scenarios().get(0).comment());

        RuleViolation refused =
                assertThrows(
                        RuleViolation.class,
                        () ->
                                TestReport.of(
                                        2,
                                        List.of(new ScenarioResult(Outcome.PASS, null)),
                                        6,
                                        List.of(new Problem(Severity.MINOR, " ")),
                                        null));
        assertEquals(
                List.of("scenarios", "rating", "problems"),
                refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void resultsCountAcceptedReportsOnly() {
        TestReport happy =
                TestReport.of(
                        2,
                        List.of(
                                new ScenarioResult(Outcome.PASS, null),
                                new ScenarioResult(Outcome.PASS, null)),
                        5,
                        List.of(),
                        null);
        TestReport stuck =
                TestReport.of(
                        2,
                        List.of(
                                new ScenarioResult(Outcome.FAIL, null),
                                new ScenarioResult(Outcome.BLOCKED, null)),
                        2,
                        List.of(
                                new Problem(Severity.MINOR, "Police trop petite"),
                                new Problem(Severity.CRITICAL, "Impossible de valider")),
                        null);
        CallResults results =
                CallResults.of(
                        List.of("Créer un compte", "Prendre rendez-vous"),
                        9,
                        4,
                        3,
                        List.of(happy, stuck));
        assertEquals(new CallResults.Participation(9, 4, 3, 2), results.participation());
        assertEquals(
                new CallResults.ScenarioCounts("Créer un compte", 1, 1, 0),
                results.scenarios().get(0));
        assertEquals(50, results.scenarios().get(1).passPercent());
        assertEquals(List.of(0, 1, 0, 0, 1), results.ratings());
        assertEquals(3.5, results.averageRating());
        assertEquals(
                Map.of(
                        Severity.CRITICAL, List.of("Impossible de valider"),
                        Severity.MAJOR, List.of(),
                        Severity.MINOR, List.of("Police trop petite")),
                results.problems());
        assertNull(CallResults.of(List.of("A"), 0, 0, 0, List.of()).averageRating());
    }

    @Test
    void confidentialityDecidesWhenOthersSeeResults() {
        Instant end = Instant.parse("2026-12-20T00:00:00Z");
        assertTrue(Confidentiality.PUBLIC.resultsPublicAt(end.minusSeconds(1), end));
        assertFalse(Confidentiality.PUBLIC_AFTER_PERIOD.resultsPublicAt(end.minusSeconds(1), end));
        assertTrue(Confidentiality.PUBLIC_AFTER_PERIOD.resultsPublicAt(end, end));
        assertFalse(Confidentiality.PRIVATE.resultsPublicAt(end.plusSeconds(9999), end));
        assertEquals(
                Confidentiality.PUBLIC_AFTER_PERIOD,
                Confidentiality.fromCode("public-after-period"));
        assertEquals(
                "betatest.code.unknown",
                assertThrows(RuleViolation.class, () -> Device.fromCode("minitel"))
                        .errors()
                        .get(0)
                        .messageKey());
    }

    static CallSchedule december() {
        return CallSchedule.of(
                Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2026-12-05T00:00:00Z"),
                Instant.parse("2026-12-20T00:00:00Z"),
                NOW);
    }

    static Applicant applicant(
            long id, ApplicationStatus status, int percent, boolean missed, int day) {
        CriteriaMatch match =
                new CriteriaMatch(
                        List.of(
                                new CriteriaMatch.Criterion("audiences", percent >= 50),
                                new CriteriaMatch.Criterion("devices", percent == 100)));
        return new Applicant(id, status, match, missed, NOW.plus(Duration.ofDays(day)));
    }
}
