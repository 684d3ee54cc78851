package org.relais.betatest.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.relais.betatest.domain.Application;
import org.relais.betatest.domain.ApplicationStatus;
import org.relais.betatest.domain.BetaCall;
import org.relais.betatest.domain.BetaTestRepository;
import org.relais.betatest.domain.CallSchedule.Phase;
import org.relais.betatest.domain.Report;
import org.relais.betatest.domain.SelectionRules;
import org.relais.betatest.domain.TesterProfile;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.notification.Notice;
import org.relais.platform.notification.Notifications;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.security.Caller;
import org.relais.timebank.application.HoldService;

/**
 * The cycle of a call: open (holding the rewards), apply, select, close (releasing what was not
 * earned) and publish results; the reports in between are {@link BetaTestReports}. Every state
 * change checks the phase of the call and who acts, and changes nothing when refused.
 */
@ApplicationScoped
@Transactional
public class BetaTestService {
    public static final String CALL_TYPE = "betatest.call";

    @Inject BetaTestRepository repository;
    @Inject CallValidation validation;
    @Inject HoldService holds;
    @Inject Notifications notifications;
    @Inject CallFollowing following;
    @Inject SearchOutbox outbox;
    @Inject Clock clock;

    /** Opens a call; with a reward, one reward per slot is held from the holder's account. */
    public BetaCall open(Caller holder, CallCommand command) {
        BetaCall call = new BetaCall(holder.accountId(), validation.content(command, now()), now());
        repository.store(call);
        for (int slot = 0; slot < call.slots() && call.rewardMinutes() > 0; slot++) {
            long hold =
                    holds.hold(
                            holder.accountId(),
                            call.rewardMinutes(),
                            holds.purpose("betatest.reward.purpose", call.title()));
            repository.recordRewardHold(call.id(), hold);
        }
        outbox.changed(CALL_TYPE, call.id());
        following.announce(call);
        return call;
    }

    public BetaCall call(long callId) {
        return repository
                .findCall(callId)
                .orElseThrow(() -> new NotFoundException("betatest.call.not-found"));
    }

    public Application apply(Caller tester, long callId, String motivation, TesterProfile profile) {
        BetaCall call = call(callId);
        if (call.isHolder(tester.accountId())) {
            throw RuleViolation.of("motivation", "betatest.apply.own-call");
        }
        if (call.phase(now()) != Phase.APPLICATIONS) {
            throw new ConflictException("betatest.apply.closed");
        }
        String text = motivation == null ? "" : motivation.strip();
        if (text.isEmpty() || text.length() > Application.MOTIVATION_MAX) {
            throw RuleViolation.of(
                    "motivation", "betatest.apply.motivation", Application.MOTIVATION_MAX);
        }
        if (repository.findApplication(callId, tester.accountId()).isPresent()) {
            throw new ConflictException("betatest.apply.twice");
        }
        Application application = new Application(callId, tester.accountId(), text, profile, now());
        repository.store(application);
        return application;
    }

    /** The applicant withdraws; a selected tester's slot becomes free for someone waiting. */
    public Application withdraw(Caller tester, long applicationId) {
        Application application = application(applicationId);
        if (application.testerId() != tester.accountId()) {
            throw new AccessDeniedException("betatest.forbidden");
        }
        if (application.status() == ApplicationStatus.WITHDRAWN) {
            return application;
        }
        if (repository.findReportOf(applicationId).isPresent()) {
            throw new ConflictException("betatest.withdraw.reported");
        }
        application.withdraw();
        return application;
    }

    /** The holder ends the application period early. */
    public BetaCall closeApplications(Caller holder, long callId) {
        BetaCall call = holderCall(holder, callId);
        call.closeApplications(now());
        return call;
    }

    /** The holder starts the test period early, once the selection is made. */
    public BetaCall startTesting(Caller holder, long callId) {
        BetaCall call = holderCall(holder, callId);
        if (call.phase(now()) == Phase.CLOSED || call.phase(now()) == Phase.TESTING) {
            throw new ConflictException("betatest.start.phase");
        }
        call.startTesting(now());
        tellWaiting(call);
        return call;
    }

    /**
     * Once the tests start, the applicants not selected learn it rather than wait in silence; they
     * stay on the waiting list, and a slot freed by a withdrawal may still go to them.
     */
    public void tellWaiting(BetaCall call) {
        if (call.waitingWereTold()) {
            return;
        }
        for (Application application : repository.applications(call.id())) {
            if (application.status() == ApplicationStatus.APPLIED) {
                notifications.send(
                        new Notice(
                                application.testerId(),
                                BetaTestNotificationKinds.WAITING,
                                call.holderId(),
                                call.title(),
                                "/beta-tests/appels/" + call.id(),
                                ""));
            }
        }
        call.waitingTold(now());
    }

    /** The holder selects applications; the selected testers are told at once. */
    public List<Long> select(Caller holder, long callId, Set<Long> applicationIds) {
        BetaCall call = holderCall(holder, callId);
        if (call.phase(now()) == Phase.CLOSED) {
            throw new ConflictException("betatest.select.closed");
        }
        List<Application> applications = repository.applications(callId);
        List<Long> chosen =
                SelectionRules.select(
                        call.slots(), validation.applicants(call, applications), applicationIds);
        for (Application application : applications) {
            if (chosen.contains(application.id())) {
                application.select(now());
                notifications.send(
                        new Notice(
                                application.testerId(),
                                BetaTestNotificationKinds.SELECTED,
                                holder.accountId(),
                                call.title(),
                                "/beta-tests/appels/" + call.id(),
                                call.product()));
            }
        }
        return chosen;
    }

    /**
     * Ends the call (the holder early, or the schedule at the end of the period): rewards not
     * earned go back to the holder, and selected testers who never reported are marked so that a
     * later call ranks them after those who did.
     */
    public BetaCall close(long callId) {
        BetaCall call = call(callId);
        if (call.closedAt() != null) {
            return call;
        }
        call.close(now());
        for (long hold : repository.freeRewardHolds(callId)) {
            holds.release(hold);
        }
        List<Long> reported = new ArrayList<>();
        repository.reports(callId).forEach(r -> reported.add(r.applicationId()));
        for (Application application : repository.applications(callId)) {
            if (application.status() == ApplicationStatus.SELECTED
                    && !reported.contains(application.id())) {
                application.markMissedReport();
            }
        }
        outbox.changed(CALL_TYPE, callId);
        return call;
    }

    public BetaCall close(Caller holder, long callId) {
        holderCall(holder, callId);
        return close(callId);
    }

    /** Publishes the results once the call has ended, with the holder's answer and quotes. */
    public BetaCall publish(Caller holder, long callId, String response, Set<Long> quotedReports) {
        BetaCall call = holderCall(holder, callId);
        if (call.phase(now()) != Phase.CLOSED) {
            throw new ConflictException("betatest.publish.too-early");
        }
        String text = response == null ? "" : response.strip();
        if (text.length() > BetaCall.RESPONSE_MAX) {
            throw RuleViolation.of("response", "betatest.publish.response", BetaCall.RESPONSE_MAX);
        }
        close(callId);
        for (Report report : repository.reports(callId)) {
            report.quote(
                    quotedReports.contains(report.id())
                            && report.status() == Report.Status.ACCEPTED
                            && !report.content().text().isEmpty());
        }
        call.publishResults(text, now());
        outbox.changed(CALL_TYPE, callId);
        return call;
    }

    /** The call, if the caller holds it; refused otherwise. */
    BetaCall holderCall(Caller holder, long callId) {
        BetaCall call = call(callId);
        if (!call.isHolder(holder.accountId())) {
            throw new AccessDeniedException("betatest.forbidden");
        }
        return call;
    }

    private Application application(long id) {
        return repository
                .findApplication(id)
                .orElseThrow(() -> new NotFoundException("betatest.application.not-found"));
    }

    private Instant now() {
        return clock.instant();
    }
}
