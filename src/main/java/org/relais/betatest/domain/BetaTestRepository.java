package org.relais.betatest.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Calls, applications, reports and reward holds, as the beta-test services need them. */
public interface BetaTestRepository {
    void store(Object entity);

    Optional<BetaCall> findCall(long id);

    /** The calls still taking applications, soonest deadline first, as the filter asks. */
    List<BetaCall> openCalls(Instant now, CallFilter filter, int offset, int limit);

    long countOpenCalls(Instant now, CallFilter filter);

    /** Calls that have ended or were closed, newest first. */
    List<BetaCall> pastCalls(Instant now, int offset, int limit);

    long countPastCalls(Instant now);

    List<Application> applications(long callId);

    Optional<Application> findApplication(long id);

    Optional<Application> findApplication(long callId, long testerId);

    /** Whether the member was selected in an earlier call and never reported. */
    boolean missedAReportBefore(long testerId, long exceptCallId);

    Optional<Report> findReport(long id);

    Optional<Report> findReportOf(long applicationId);

    /** The reports of a call's applications. */
    List<Report> reports(long callId);

    /** The reward holds of a call not yet used for a report. */
    List<Long> freeRewardHolds(long callId);

    void recordRewardHold(long callId, long holdId);

    void useRewardHold(long holdId, long reportId);

    /** Calls whose test period ended but that are not marked closed yet. */
    List<BetaCall> endedNotClosed(Instant now);

    /** Open calls whose tests have started and whose waiting applicants were not told yet. */
    List<BetaCall> startedWaitingUntold(Instant now);

    /** Calls in their test period whose reminder is due and not yet sent. */
    List<BetaCall> remindersDue(Instant now);

    /** The screenshots of a report, oldest first. */
    List<Screenshot> screenshots(long reportId);

    Optional<Screenshot> findScreenshot(long id);

    void remove(Screenshot screenshot);

    /** The calls the member opened, oldest first, with their scenarios and tags. */
    List<BetaCall> callsHeldBy(long holderId);

    /** The calls the member applied to, with their scenarios and tags. */
    List<BetaCall> callsAppliedToBy(long testerId);

    /** Every application of the member, withdrawn ones too, oldest first. */
    List<Application> applicationsOf(long testerId);

    /** The reports on the member's applications, with their results and problems. */
    List<Report> reportsBy(long testerId);

    /** The screenshots joined to the member's reports, oldest first. */
    List<Screenshot> screenshotsBy(long testerId);

    /** The notes a holder wrote asking testers of their calls for details, oldest report first. */
    List<HolderNote> notesBy(long holderId);

    /** What the holder of a call wrote on one of its reports. */
    record HolderNote(long callId, long reportId, String note) {}
}
