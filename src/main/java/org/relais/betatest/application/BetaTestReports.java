package org.relais.betatest.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.relais.betatest.domain.Application;
import org.relais.betatest.domain.ApplicationStatus;
import org.relais.betatest.domain.BetaCall;
import org.relais.betatest.domain.BetaTestRepository;
import org.relais.betatest.domain.Report;
import org.relais.betatest.domain.TestReport;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.notification.Notice;
import org.relais.platform.notification.Notifications;
import org.relais.platform.security.Caller;
import org.relais.timebank.application.HoldService;

/**
 * The reports of a call: a selected tester files and rewrites theirs during the test period; the
 * holder accepts it (paying one held reward) or asks for details. Refused changes change nothing.
 */
@ApplicationScoped
@Transactional
public class BetaTestReports {
    @Inject BetaTestRepository repository;
    @Inject BetaTestService calls;
    @Inject HoldService holds;
    @Inject Notifications notifications;
    @Inject Clock clock;

    /** A selected tester files or rewrites their report during the test period. */
    public Report report(Caller tester, long callId, TestReport.Draft draft) {
        BetaCall call = calls.call(callId);
        Application application = selectedApplication(tester, callId);
        if (!call.schedule().acceptsReports(now()) || call.closedAt() != null) {
            throw new ConflictException("betatest.report.period");
        }
        TestReport content = draft.validate(call.scenarios().size());
        Report report = repository.findReportOf(application.id()).orElse(null);
        if (report == null) {
            report = new Report(application.id(), content, now());
            repository.store(report);
            notifications.send(
                    new Notice(
                            call.holderId(),
                            BetaTestNotificationKinds.REPORT,
                            tester.accountId(),
                            call.title(),
                            "/beta-tests/gestion/" + call.id() + "/rapports",
                            ""));
        } else if (report.status() == Report.Status.ACCEPTED) {
            throw new ConflictException("betatest.report.accepted");
        } else {
            report.edit(content, now());
        }
        return report;
    }

    /** The caller's application to the call, if they were selected; refused otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Application selectedApplication(Caller tester, long callId) {
        return repository
                .findApplication(callId, tester.accountId())
                .filter(a -> a.status() == ApplicationStatus.SELECTED)
                .orElseThrow(() -> new AccessDeniedException("betatest.report.not-selected"));
    }

    /** The holder accepts a report: with a reward, one held reward goes to the tester. */
    public Report accept(Caller holder, long reportId) {
        Report report = report(reportId);
        Application application = application(report.applicationId());
        BetaCall call = calls.holderCall(holder, application.callId());
        if (report.status() == Report.Status.ACCEPTED) {
            return report;
        }
        report.accept(now());
        if (call.rewardMinutes() > 0) {
            List<Long> free = repository.freeRewardHolds(call.id());
            if (free.isEmpty()) {
                throw new ConflictException("betatest.reward.none-left");
            }
            holds.settle(free.get(0), application.testerId());
            repository.useRewardHold(free.get(0), report.id());
        }
        notifications.send(
                new Notice(
                        application.testerId(),
                        BetaTestNotificationKinds.ACCEPTED,
                        holder.accountId(),
                        call.title(),
                        "/beta-tests/appels/" + call.id(),
                        ""));
        return report;
    }

    public Report askForDetails(Caller holder, long reportId, String note) {
        Report report = report(reportId);
        Application application = application(report.applicationId());
        BetaCall call = calls.holderCall(holder, application.callId());
        if (report.status() == Report.Status.ACCEPTED) {
            throw new ConflictException("betatest.report.accepted");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > Report.NOTE_MAX) {
            throw RuleViolation.of("note", "betatest.details.note", Report.NOTE_MAX);
        }
        report.askForDetails(text);
        notifications.send(
                new Notice(
                        application.testerId(),
                        BetaTestNotificationKinds.DETAILS,
                        holder.accountId(),
                        call.title(),
                        "/beta-tests/mon-rapport/" + call.id(),
                        text));
        return report;
    }

    private Application application(long id) {
        return repository
                .findApplication(id)
                .orElseThrow(() -> new NotFoundException("betatest.application.not-found"));
    }

    private Report report(long id) {
        return repository
                .findReport(id)
                .orElseThrow(() -> new NotFoundException("betatest.report.not-found"));
    }

    private Instant now() {
        return clock.instant();
    }
}
