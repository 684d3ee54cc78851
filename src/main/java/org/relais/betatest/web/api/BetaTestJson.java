package org.relais.betatest.web.api;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.relais.betatest.application.BetaTestQueries.ApplicationView;
import org.relais.betatest.application.BetaTestQueries.ReportView;
import org.relais.betatest.application.BetaTestQueries.ResultsView;
import org.relais.betatest.domain.Application;
import org.relais.betatest.domain.BetaCall;
import org.relais.betatest.domain.Coded;
import org.relais.betatest.domain.Criteria;
import org.relais.betatest.domain.CriteriaMatch;
import org.relais.betatest.domain.TestReport;
import org.relais.betatest.domain.TesterProfile;

/** The JSON shapes of the beta-test API; ids are strings, times ISO-8601 with offset. */
public final class BetaTestJson {
    private BetaTestJson() {}

    public record ScenarioJson(String title, String expected) {}

    public record CriteriaJson(
            Set<String> audiences, Set<String> devices, Set<String> regions, Set<String> skills) {}

    public record CallInputJson(
            String title,
            String product,
            String organisation,
            String placeId,
            String description,
            List<ScenarioJson> scenarios,
            CriteriaJson criteria,
            Set<String> tags,
            Integer slots,
            OffsetDateTime applicationDeadline,
            OffsetDateTime testStart,
            OffsetDateTime testEnd,
            Long rewardMinutes,
            String confidentiality) {}

    public record CallJson(
            String id,
            String url,
            String holderId,
            String title,
            String product,
            String organisation,
            String placeId,
            String description,
            List<ScenarioJson> scenarios,
            CriteriaJson criteria,
            Set<String> tags,
            int slots,
            OffsetDateTime applicationDeadline,
            OffsetDateTime testStart,
            OffsetDateTime testEnd,
            long rewardMinutes,
            String confidentiality,
            String phase,
            OffsetDateTime resultsPublishedAt) {}

    public record ApplicationInputJson(String motivation, CriteriaAnswersJson answers) {}

    public record CriteriaAnswersJson(
            Set<String> audiences, Set<String> devices, String region, Set<String> skills) {}

    public record ApplicationJson(
            String id,
            String callId,
            String testerId,
            String status,
            String motivation,
            CriteriaAnswersJson answers,
            Map<String, Boolean> match,
            int matchPercent,
            boolean missedPreviousReport,
            Integer waitingRank,
            OffsetDateTime appliedAt) {}

    public record SelectionInputJson(List<String> applicationIds) {}

    public record ScenarioResultJson(String result, String comment) {}

    public record ProblemJson(String severity, String text) {}

    public record ReportInputJson(
            List<ScenarioResultJson> scenarios,
            Integer rating,
            List<ProblemJson> problems,
            String text) {}

    public record ReportJson(
            String id,
            String applicationId,
            String testerId,
            String status,
            List<ScenarioResultJson> scenarios,
            int rating,
            List<ProblemJson> problems,
            String text,
            String holderNote,
            OffsetDateTime submittedAt,
            OffsetDateTime updatedAt) {}

    public record DetailsInputJson(String note) {}

    public record PhaseInputJson(String phase) {}

    public record MessageInputJson(String text) {}

    /** How many selected testers received the message. */
    public record MessageSentJson(int recipients) {}

    /** How many testers the calendar run reminded. */
    public record CalendarRunJson(int reminded) {}

    public record FollowInputJson(Boolean following) {}

    public record FollowedTagsJson(List<String> tags) {}

    public record PublicationInputJson(String response, List<String> quotedReportIds) {}

    public record ScenarioCountsJson(String title, int pass, int fail, int blocked) {}

    public record ResultsJson(
            String callId,
            Map<String, Integer> participation,
            List<ScenarioCountsJson> scenarios,
            Map<String, Integer> ratings,
            Double averageRating,
            Map<String, List<String>> problems,
            List<String> quotes,
            String response,
            OffsetDateTime publishedAt) {}

    static CallJson of(BetaCall call, Clock clock) {
        Criteria criteria = call.criteria();
        return new CallJson(
                String.valueOf(call.id()),
                "/beta-tests/appels/" + call.id(),
                String.valueOf(call.holderId()),
                call.title(),
                call.product(),
                call.organisation(),
                call.placeId() == null ? null : String.valueOf(call.placeId()),
                call.description(),
                call.scenarios().stream()
                        .map(s -> new ScenarioJson(s.title(), s.expected()))
                        .toList(),
                new CriteriaJson(
                        codes(criteria.audiences()),
                        codes(criteria.devices()),
                        criteria.regions(),
                        criteria.skills()),
                call.tags(),
                call.slots(),
                call.schedule().applicationDeadline().atOffset(java.time.ZoneOffset.UTC),
                call.schedule().testStart().atOffset(java.time.ZoneOffset.UTC),
                call.schedule().testEnd().atOffset(java.time.ZoneOffset.UTC),
                call.rewardMinutes(),
                call.confidentiality().code(),
                call.phase(clock.instant()).name().toLowerCase(java.util.Locale.ROOT),
                call.resultsPublishedAt());
    }

    static ApplicationJson of(ApplicationView view) {
        Application a = view.application();
        Map<String, Boolean> match = new TreeMap<>();
        for (CriteriaMatch.Criterion criterion : view.applicant().match().criteria()) {
            match.put(criterion.name(), criterion.met());
        }
        return new ApplicationJson(
                String.valueOf(a.id()),
                String.valueOf(a.callId()),
                String.valueOf(a.testerId()),
                a.status().name().toLowerCase(java.util.Locale.ROOT),
                a.motivation(),
                answers(a.profile()),
                match,
                view.applicant().match().percent(),
                view.applicant().missedPreviousReport(),
                view.waitingRank(),
                a.appliedAt());
    }

    static ApplicationJson own(Application a) {
        return new ApplicationJson(
                String.valueOf(a.id()),
                String.valueOf(a.callId()),
                String.valueOf(a.testerId()),
                a.status().name().toLowerCase(java.util.Locale.ROOT),
                a.motivation(),
                answers(a.profile()),
                Map.of(),
                0,
                false,
                null,
                a.appliedAt());
    }

    static ReportJson of(ReportView view) {
        TestReport content = view.report().content();
        return new ReportJson(
                String.valueOf(view.report().id()),
                String.valueOf(view.application().id()),
                String.valueOf(view.application().testerId()),
                view.report().status().name().toLowerCase(java.util.Locale.ROOT),
                content.scenarios().stream()
                        .map(s -> new ScenarioResultJson(s.outcome().code(), s.comment()))
                        .toList(),
                content.rating(),
                content.problems().stream()
                        .map(p -> new ProblemJson(p.severity().code(), p.text()))
                        .toList(),
                content.text(),
                view.report().holderNote(),
                view.report().submittedAt(),
                view.report().updatedAt());
    }

    static ResultsJson of(ResultsView view) {
        var results = view.results();
        var participation = results.participation();
        Map<String, Integer> ratings = new TreeMap<>();
        for (int r = 1; r <= 5; r++) {
            ratings.put(String.valueOf(r), results.ratings().get(r - 1));
        }
        Map<String, List<String>> problems = new java.util.LinkedHashMap<>();
        results.problems().forEach((severity, texts) -> problems.put(severity.code(), texts));
        return new ResultsJson(
                String.valueOf(view.call().id()),
                Map.of(
                        "applications", participation.applications(),
                        "selected", participation.selected(),
                        "reports", participation.reports(),
                        "accepted", participation.accepted()),
                results.scenarios().stream()
                        .map(
                                s ->
                                        new ScenarioCountsJson(
                                                s.title(), s.pass(), s.fail(), s.blocked()))
                        .toList(),
                ratings,
                results.averageRating(),
                problems,
                view.quotes(),
                view.call().holderResponse(),
                view.call().resultsPublishedAt());
    }

    private static CriteriaAnswersJson answers(TesterProfile profile) {
        return new CriteriaAnswersJson(
                codes(profile.audiences()),
                codes(profile.devices()),
                profile.region(),
                profile.skills());
    }

    private static Set<String> codes(Set<? extends Coded> values) {
        return values.stream()
                .map(Coded::code)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
