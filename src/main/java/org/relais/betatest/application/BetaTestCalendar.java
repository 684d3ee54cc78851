package org.relais.betatest.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.relais.betatest.domain.Application;
import org.relais.betatest.domain.ApplicationStatus;
import org.relais.betatest.domain.BetaCall;
import org.relais.betatest.domain.BetaTestRepository;
import org.relais.platform.notification.Notice;
import org.relais.platform.notification.Notifications;

/**
 * What the calendar does to calls: when the tests start, applicants not selected are told; three
 * days before the end, selected testers who have not reported are reminded once; at the end, the
 * call closes (unearned rewards go back, missing reports are noted).
 */
@ApplicationScoped
public class BetaTestCalendar {
    @Inject BetaTestRepository repository;
    @Inject BetaTestService service;
    @Inject Notifications notifications;
    @Inject Clock clock;

    /**
     * One pass, in one transaction: waiting applicants, reminders, closings; returns how many were
     * reminded.
     */
    @Transactional
    public int run() {
        for (BetaCall call : repository.startedWaitingUntold(clock.instant())) {
            service.tellWaiting(call);
        }
        int reminded = 0;
        for (long callId : dueReminders()) {
            reminded += remind(callId);
        }
        for (BetaCall call : repository.endedNotClosed(clock.instant())) {
            service.close(call.id());
        }
        return reminded;
    }

    private List<Long> dueReminders() {
        Instant now = clock.instant();
        return repository.remindersDue(now).stream()
                .filter(call -> !now.isBefore(call.schedule().reminderAt()))
                .map(BetaCall::id)
                .toList();
    }

    private int remind(long callId) {
        BetaCall call = service.call(callId);
        if (call.reminderSentAt() != null) {
            return 0;
        }
        Set<Long> reported =
                repository.reports(callId).stream()
                        .map(r -> r.applicationId())
                        .collect(Collectors.toSet());
        List<Application> silent = withoutReport(repository.applications(callId), reported);
        for (Application application : silent) {
            notifications.send(
                    new Notice(
                            application.testerId(),
                            BetaTestNotificationKinds.REMINDER,
                            null,
                            call.title(),
                            "/beta-tests/mon-rapport/" + call.id(),
                            ""));
        }
        call.remindersSent(clock.instant());
        return silent.size();
    }

    /** Selected testers who have not reported yet. */
    static List<Application> withoutReport(List<Application> applications, Set<Long> reported) {
        return applications.stream()
                .filter(a -> a.status() == ApplicationStatus.SELECTED)
                .filter(a -> !reported.contains(a.id()))
                .toList();
    }
}
