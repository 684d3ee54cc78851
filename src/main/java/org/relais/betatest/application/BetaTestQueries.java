package org.relais.betatest.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.relais.betatest.domain.Applicant;
import org.relais.betatest.domain.Application;
import org.relais.betatest.domain.BetaCall;
import org.relais.betatest.domain.BetaTestRepository;
import org.relais.betatest.domain.CallFilter;
import org.relais.betatest.domain.CallResults;
import org.relais.betatest.domain.Report;
import org.relais.betatest.domain.SelectionRules;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;

/** What participants read of calls, each seeing only what they may. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BetaTestQueries {
    @Inject BetaTestRepository repository;
    @Inject BetaTestService service;
    @Inject CallValidation validation;
    @Inject Clock clock;

    /** A page of calls, open ones (soonest deadline first) or past ones (newest first). */
    public record CallPage(List<BetaCall> items, long total) {}

    /** An application with how it matches the call and where it stands in the waiting order. */
    public record ApplicationView(
            Application application, Applicant applicant, Integer waitingRank) {}

    /** A report with the tester's application, for the holder or the tester themselves. */
    public record ReportView(Report report, Application application) {}

    /** The results with the quotes the holder chose. */
    public record ResultsView(BetaCall call, CallResults results, List<String> quotes) {}

    public CallPage openCalls(CallFilter filter, PageRequest page) {
        return new CallPage(
                repository.openCalls(clock.instant(), filter, page.offset(), page.size()),
                repository.countOpenCalls(clock.instant(), filter));
    }

    public CallPage pastCalls(PageRequest page) {
        return new CallPage(
                repository.pastCalls(clock.instant(), page.offset(), page.size()),
                repository.countPastCalls(clock.instant()));
    }

    public Optional<Application> applicationOf(Caller caller, long callId) {
        return repository.findApplication(callId, caller.accountId());
    }

    /** The holder's view of the applications, with the match and the waiting order. */
    public List<ApplicationView> applications(Caller holder, long callId) {
        BetaCall call = holderCall(holder, callId);
        List<Application> applications = repository.applications(callId);
        List<Applicant> applicants = validation.applicants(call, applications);
        List<Long> waiting =
                SelectionRules.waitingList(applicants).stream()
                        .map(Applicant::applicationId)
                        .toList();
        Map<Long, Applicant> byId =
                applicants.stream()
                        .collect(Collectors.toMap(Applicant::applicationId, Function.identity()));
        return applications.stream()
                .map(
                        a ->
                                new ApplicationView(
                                        a,
                                        byId.get(a.id()),
                                        waiting.contains(a.id())
                                                ? waiting.indexOf(a.id()) + 1
                                                : null))
                .toList();
    }

    /** All reports for the holder; a tester sees only their own. */
    public List<ReportView> reports(Caller caller, long callId) {
        BetaCall call = service.call(callId);
        Map<Long, Application> applications =
                repository.applications(callId).stream()
                        .collect(Collectors.toMap(Application::id, Function.identity()));
        return repository.reports(callId).stream()
                .map(r -> new ReportView(r, applications.get(r.applicationId())))
                .filter(
                        view ->
                                call.isHolder(caller.accountId())
                                        || view.application().testerId() == caller.accountId())
                .toList();
    }

    /**
     * The results: the holder sees them at any time (figures so far); others once they are
     * published and the confidentiality allows it.
     */
    public ResultsView results(Optional<Caller> viewer, long callId) {
        BetaCall call = service.call(callId);
        boolean holder = viewer.map(c -> call.isHolder(c.accountId())).orElse(false);
        if (!holder && !call.resultsVisibleToOthers(clock.instant())) {
            throw new NotFoundException("betatest.results.not-published");
        }
        List<Application> applications = repository.applications(callId);
        List<Report> reports = repository.reports(callId);
        List<Report> accepted =
                reports.stream().filter(r -> r.status() == Report.Status.ACCEPTED).toList();
        CallResults results =
                CallResults.of(
                        call.scenarios().stream().map(s -> s.title()).toList(),
                        applications.size(),
                        (int) applications.stream().filter(a -> a.selectedAt() != null).count(),
                        reports.size(),
                        accepted.stream().map(Report::content).toList());
        List<String> quotes =
                accepted.stream().filter(Report::quoted).map(r -> r.content().text()).toList();
        return new ResultsView(call, results, quotes);
    }

    /** The call a report belongs to, for pages that come back to it. */
    public long callOfReport(long reportId) {
        return repository
                .findReport(reportId)
                .flatMap(r -> repository.findApplication(r.applicationId()))
                .map(Application::callId)
                .orElseThrow(() -> new NotFoundException("betatest.report.not-found"));
    }

    private BetaCall holderCall(Caller holder, long callId) {
        BetaCall call = service.call(callId);
        if (!call.isHolder(holder.accountId())) {
            throw new AccessDeniedException("betatest.forbidden");
        }
        return call;
    }
}
