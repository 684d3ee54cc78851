package org.relais.betatest.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relais.betatest.application.BetaTestPersonalData.ApplicationData;
import org.relais.betatest.application.BetaTestPersonalData.ReportData;
import org.relais.betatest.domain.Application;
import org.relais.betatest.domain.Audience;
import org.relais.betatest.domain.BetaCall;
import org.relais.betatest.domain.CallSchedule;
import org.relais.betatest.domain.Confidentiality;
import org.relais.betatest.domain.Criteria;
import org.relais.betatest.domain.Device;
import org.relais.betatest.domain.Outcome;
import org.relais.betatest.domain.Report;
import org.relais.betatest.domain.Scenario;
import org.relais.betatest.domain.Screenshot;
import org.relais.betatest.domain.Severity;
import org.relais.betatest.domain.TestReport;
import org.relais.betatest.domain.TesterProfile;

/** A tester's export names each scenario they reported on and speaks the API's codes. */
class BetaTestPersonalDataTest {
    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final List<Scenario> SCENARIOS =
            List.of(
                    new Scenario("Créer un compte", "Le compte est créé"),
                    new Scenario("Prendre rendez-vous", "Un SMS confirme"));

    @Test
    void eachResultIsNamedByItsScenarioAndScreenshotsAreDescribed() {
        Report report =
                new Report(
                        7,
                        new TestReport(
                                List.of(
                                        new TestReport.ScenarioResult(Outcome.PASS, ""),
                                        new TestReport.ScenarioResult(
                                                Outcome.BLOCKED, "Rien reçu")),
                                2,
                                List.of(
                                        new TestReport.Problem(
                                                Severity.CRITICAL, "Le code SMS n’arrive jamais")),
                                "Rapport de test"),
                        NOW);
        Screenshot screenshot = new Screenshot(1, "ecran.png", "image/png", 1234, "ab12", NOW);

        ReportData data = BetaTestPersonalData.report(report, SCENARIOS, List.of(screenshot));

        assertEquals("submitted", data.status());
        assertEquals(
                List.of(
                        new BetaTestPersonalData.ScenarioResultData("Créer un compte", "pass", ""),
                        new BetaTestPersonalData.ScenarioResultData(
                                "Prendre rendez-vous", "blocked", "Rien reçu")),
                data.scenarios());
        assertEquals(
                List.of(
                        new BetaTestPersonalData.ProblemData(
                                "critical", "Le code SMS n’arrive jamais")),
                data.problems());
        assertEquals("ecran.png", data.screenshots().get(0).fileName());
        assertEquals(1234, data.screenshots().get(0).sizeBytes());
        assertEquals("ab12", data.screenshots().get(0).sha256());
    }

    @Test
    void anApplicationGivesTheDeclaredProfileAsCodes() {
        BetaCall call =
                new BetaCall(
                        3,
                        new BetaCall.Content(
                                "Tester la prise de rendez-vous",
                                "Appli Mairie facile",
                                null,
                                null,
                                "Une appli **simplifiée**.",
                                SCENARIOS,
                                Criteria.NONE,
                                Set.of("seniors"),
                                2,
                                new CallSchedule(
                                        NOW.plusSeconds(3600),
                                        NOW.plusSeconds(7200),
                                        NOW.plusSeconds(9000)),
                                0,
                                Confidentiality.PUBLIC),
                        NOW);
        Application application =
                new Application(
                        5,
                        8,
                        "J’accompagne des usagers.",
                        new TesterProfile(
                                Set.of(Audience.SENIOR, Audience.JOB_SEEKER),
                                Set.of(Device.IOS),
                                "53",
                                Set.of()),
                        NOW);

        ApplicationData data = BetaTestPersonalData.application(application, call, null);

        assertEquals("Tester la prise de rendez-vous", data.callTitle());
        assertEquals("applied", data.status());
        assertEquals(List.of("job-seeker", "senior"), data.profile().audiences());
        assertEquals(List.of("ios"), data.profile().devices());
        assertEquals(List.of("53"), data.profile().regions());
        assertNull(data.report());
    }
}
