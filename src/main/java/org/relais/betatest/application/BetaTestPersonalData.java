package org.relais.betatest.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.relais.betatest.domain.Application;
import org.relais.betatest.domain.BetaCall;
import org.relais.betatest.domain.BetaTestRepository;
import org.relais.betatest.domain.BetaTestRepository.HolderNote;
import org.relais.betatest.domain.Coded;
import org.relais.betatest.domain.Criteria;
import org.relais.betatest.domain.Report;
import org.relais.betatest.domain.Scenario;
import org.relais.betatest.domain.Screenshot;
import org.relais.betatest.domain.TestReport;
import org.relais.betatest.domain.TesterProfile;
import org.relais.platform.notification.Notification;
import org.relais.platform.notification.Notifications;
import org.relais.platform.personaldata.PersonalDataSection;

/**
 * The beta-tests' part of a member's data export: the calls they opened (in full, with the answer
 * they published and the notes they wrote on reports) and their applications, each with their
 * report and its screenshots (described, not their bytes), and the messages they sent to their
 * selected testers or received as one. The applications and reports other members sent to the
 * member's calls are theirs, not the member's: they are not given. The reward holds of a call are
 * in the time bank's section, with every hold, its status and what it holds.
 */
@ApplicationScoped
public class BetaTestPersonalData implements PersonalDataSection {
    @Inject BetaTestRepository repository;
    @Inject Notifications notifications;

    public record BetaTestData(
            List<CallData> callsOpened,
            List<ApplicationData> applications,
            List<MessageData> messagesSent,
            List<MessageData> messagesReceived) {}

    /**
     * A message between the holder of a call and its selected testers, without naming them: one
     * line per tester who received it, as the platform keeps it.
     */
    public record MessageData(String url, String text, OffsetDateTime at) {}

    public record CallData(
            String id,
            String url,
            String title,
            String product,
            String organisation,
            String placeId,
            String description,
            List<ScenarioData> scenarios,
            ProfileData wantedProfile,
            List<String> tags,
            int slots,
            OffsetDateTime applicationDeadline,
            OffsetDateTime testStart,
            OffsetDateTime testEnd,
            long rewardMinutes,
            String confidentiality,
            String response,
            OffsetDateTime resultsPublishedAt,
            OffsetDateTime closedAt,
            OffsetDateTime createdAt,
            List<NoteData> notesOnReports) {}

    public record ScenarioData(String title, String expected) {}

    /** Publics, devices, regions and skills: those a call wants, or those a tester declared. */
    public record ProfileData(
            List<String> audiences,
            List<String> devices,
            List<String> regions,
            List<String> skills) {
        static ProfileData of(
                Collection<? extends Coded> audiences,
                Collection<? extends Coded> devices,
                Collection<String> regions,
                Collection<String> skills) {
            return new ProfileData(
                    codes(audiences), codes(devices), sorted(regions), sorted(skills));
        }
    }

    /** A request for details the holder wrote on a report, without the tester's identity. */
    public record NoteData(String reportId, String note) {}

    public record ApplicationData(
            String id,
            String callId,
            String callTitle,
            String status,
            String motivation,
            ProfileData profile,
            OffsetDateTime appliedAt,
            OffsetDateTime selectedAt,
            boolean missedReport,
            ReportData report) {}

    public record ReportData(
            String id,
            String status,
            int rating,
            String text,
            List<ScenarioResultData> scenarios,
            List<ProblemData> problems,
            String holderNote,
            boolean quotedInResults,
            OffsetDateTime submittedAt,
            OffsetDateTime updatedAt,
            OffsetDateTime acceptedAt,
            List<ScreenshotData> screenshots) {}

    public record ScenarioResultData(String scenario, String outcome, String comment) {}

    public record ProblemData(String severity, String text) {}

    public record ScreenshotData(
            String id,
            String url,
            String fileName,
            String mediaType,
            long sizeBytes,
            String sha256,
            OffsetDateTime uploadedAt) {}

    @Override
    public String name() {
        return "betatest";
    }

    @Override
    public BetaTestData of(long memberId) {
        Map<Long, List<NoteData>> notes = new HashMap<>();
        for (HolderNote note : repository.notesBy(memberId)) {
            notes.computeIfAbsent(note.callId(), id -> new ArrayList<>())
                    .add(new NoteData(String.valueOf(note.reportId()), note.note()));
        }
        List<CallData> opened =
                repository.callsHeldBy(memberId).stream()
                        .map(c -> call(c, notes.getOrDefault(c.id(), List.of())))
                        .toList();
        Map<Long, BetaCall> calls = byId(repository.callsAppliedToBy(memberId), BetaCall::id);
        Map<Long, Report> reports = byId(repository.reportsBy(memberId), Report::applicationId);
        Map<Long, List<Screenshot>> screenshots =
                repository.screenshotsBy(memberId).stream()
                        .collect(Collectors.groupingBy(Screenshot::reportId));
        List<ApplicationData> applications = new ArrayList<>();
        for (Application application : repository.applicationsOf(memberId)) {
            BetaCall call = calls.get(application.callId());
            Report report = reports.get(application.id());
            applications.add(
                    application(
                            application,
                            call,
                            report == null
                                    ? null
                                    : report(
                                            report,
                                            call.scenarios(),
                                            screenshots.getOrDefault(report.id(), List.of()))));
        }
        List<Notification> messages =
                notifications.receivedOrCaused(memberId, BetaTestNotificationKinds.MESSAGE);
        return new BetaTestData(
                opened,
                applications,
                messages(messages, m -> m.recipientId() != memberId),
                messages(messages, m -> m.recipientId() == memberId));
    }

    private static List<MessageData> messages(
            List<Notification> messages, Predicate<Notification> side) {
        return messages.stream()
                .filter(side)
                .map(m -> new MessageData(m.url(), m.excerpt(), m.createdAt()))
                .toList();
    }

    static CallData call(BetaCall call, List<NoteData> notes) {
        Criteria wanted = call.criteria();
        return new CallData(
                String.valueOf(call.id()),
                "/beta-tests/appels/" + call.id(),
                call.title(),
                call.product(),
                call.organisation(),
                call.placeId() == null ? null : String.valueOf(call.placeId()),
                call.description(),
                call.scenarios().stream()
                        .map(s -> new ScenarioData(s.title(), s.expected()))
                        .toList(),
                ProfileData.of(
                        wanted.audiences(), wanted.devices(), wanted.regions(), wanted.skills()),
                sorted(call.tags()),
                call.slots(),
                at(call.schedule().applicationDeadline()),
                at(call.schedule().testStart()),
                at(call.schedule().testEnd()),
                call.rewardMinutes(),
                call.confidentiality().code(),
                call.holderResponse(),
                call.resultsPublishedAt(),
                call.closedAt(),
                call.createdAt(),
                notes);
    }

    static ApplicationData application(Application application, BetaCall call, ReportData report) {
        TesterProfile profile = application.profile();
        return new ApplicationData(
                String.valueOf(application.id()),
                String.valueOf(application.callId()),
                call.title(),
                lower(application.status()),
                application.motivation(),
                ProfileData.of(
                        profile.audiences(),
                        profile.devices(),
                        profile.region() == null ? List.of() : List.of(profile.region()),
                        profile.skills()),
                application.appliedAt(),
                application.selectedAt(),
                application.missedReport(),
                report);
    }

    /** Each scenario's result named by the call's scenario it answers, in the call's order. */
    static ReportData report(
            Report report, List<Scenario> scenarios, List<Screenshot> screenshots) {
        TestReport content = report.content();
        List<TestReport.ScenarioResult> results = content.scenarios();
        return new ReportData(
                String.valueOf(report.id()),
                lower(report.status()),
                content.rating(),
                content.text(),
                IntStream.range(0, results.size())
                        .mapToObj(
                                i ->
                                        new ScenarioResultData(
                                                i < scenarios.size()
                                                        ? scenarios.get(i).title()
                                                        : null,
                                                results.get(i).outcome().code(),
                                                results.get(i).comment()))
                        .toList(),
                content.problems().stream()
                        .map(p -> new ProblemData(p.severity().code(), p.text()))
                        .toList(),
                report.holderNote(),
                report.quoted(),
                report.submittedAt(),
                report.updatedAt(),
                report.acceptedAt(),
                screenshots.stream().map(BetaTestPersonalData::screenshot).toList());
    }

    private static ScreenshotData screenshot(Screenshot s) {
        return new ScreenshotData(
                String.valueOf(s.id()),
                "/beta-tests/captures/" + s.id(),
                s.fileName(),
                s.mediaType(),
                s.sizeBytes(),
                s.sha256(),
                s.uploadedAt());
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static List<String> codes(Collection<? extends Coded> values) {
        return values.stream().map(Coded::code).sorted().toList();
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }

    private static String lower(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
