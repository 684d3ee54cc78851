package org.relais.betatest.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.relais.accounts.application.AccountService;
import org.relais.accounts.application.MemberProfile;
import org.relais.betatest.application.BetaTestQueries;
import org.relais.betatest.application.BetaTestReports;
import org.relais.betatest.application.BetaTestService;
import org.relais.betatest.application.ReportScreenshots;
import org.relais.betatest.application.TesterMessages;
import org.relais.betatest.domain.ApplicationStatus;
import org.relais.betatest.domain.BetaCall;
import org.relais.betatest.domain.Report;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;

/**
 * The holder's pages of a call: the applications with how each matches the criteria and the waiting
 * order, the selection, moving the call on, a message to the selected testers; then the reports to
 * accept or to question, the closing and the publication of the results.
 */
@ApplicationScoped
@Path("beta-tests/gestion")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class HolderPages {
    static final Set<String> DONE =
            Set.of("selection", "phase", "message", "acceptation", "precisions", "cloture");

    @Inject BetaTestService service;
    @Inject BetaTestReports testReports;
    @Inject BetaTestQueries queries;
    @Inject TesterMessages messages;
    @Inject ReportScreenshots screenshots;
    @Inject AccountService accounts;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;
    @Inject Clock clock;

    @GET
    @Path("{id:[0-9]+}")
    public View applications(@PathParam("id") long id, @QueryParam("fait") String done) {
        return applicationsView(id, "").with("done", done(done));
    }

    @POST
    @Path("{id:[0-9]+}/selection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response select(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
        try {
            Set<Long> ids = new LinkedHashSet<>();
            for (String raw : posted.getOrDefault("applicationIds", List.of())) {
                try {
                    ids.add(Long.parseLong(raw));
                } catch (NumberFormatException e) {
                    throw RuleViolation.of("applicationIds", "betatest.id.invalid", raw);
                }
            }
            service.select(caller.require(), id, ids);
            return done(id, "", "selection");
        } catch (RuleViolation violation) {
            return formErrors.rerender(applicationsView(id, ""), violation);
        }
    }

    @POST
    @Path("{id:[0-9]+}/phase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response advance(@PathParam("id") long id, @FormParam("phase") String phase) {
        if ("testing".equals(phase)) {
            service.startTesting(caller.require(), id);
        } else {
            service.closeApplications(caller.require(), id);
        }
        return done(id, "", "phase");
    }

    @POST
    @Path("{id:[0-9]+}/message")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response message(@PathParam("id") long id, @FormParam("text") String text) {
        try {
            messages.send(caller.require(), id, text);
            return done(id, "", "message");
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    applicationsView(id, BetaTestPages.orEmpty(text)), violation);
        }
    }

    @GET
    @Path("{id:[0-9]+}/rapports")
    public View reports(@PathParam("id") long id, @QueryParam("fait") String done) {
        return reportsView(id, "").with("done", done(done));
    }

    @POST
    @Path("rapports/{reportId:[0-9]+}/acceptation")
    public Response accept(@PathParam("reportId") long reportId) {
        long callId = callOfReport(reportId);
        testReports.accept(caller.require(), reportId);
        return done(callId, "/rapports", "acceptation");
    }

    @POST
    @Path("rapports/{reportId:[0-9]+}/precisions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response askForDetails(
            @PathParam("reportId") long reportId, @FormParam("note") String note) {
        long callId = callOfReport(reportId);
        try {
            testReports.askForDetails(caller.require(), reportId, note);
            return done(callId, "/rapports", "precisions");
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    reportsView(callId, "").with("noteReport", reportId).with("note", note),
                    violation);
        }
    }

    @POST
    @Path("{id:[0-9]+}/cloture")
    public Response close(@PathParam("id") long id) {
        service.close(caller.require(), id);
        return done(id, "/rapports", "cloture");
    }

    @POST
    @Path("{id:[0-9]+}/publication")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
        String response = BetaTestPages.orEmpty(posted.getFirst("response"));
        try {
            Set<Long> quoted = new LinkedHashSet<>();
            posted.getOrDefault("quoted", List.of()).stream()
                    .filter(raw -> raw.matches("[0-9]{1,18}"))
                    .forEach(raw -> quoted.add(Long.parseLong(raw)));
            service.publish(caller.require(), id, response, quoted);
            return Response.seeOther(URI.create("/beta-tests/appels/" + id + "/resultats")).build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(reportsView(id, response), violation);
        }
    }

    private View applicationsView(long id, String message) {
        Caller me = caller.require();
        List<BetaTestQueries.ApplicationView> applications = queries.applications(me, id);
        BetaCall call = service.call(id);
        long selected =
                applications.stream()
                        .filter(a -> a.application().status() == ApplicationStatus.SELECTED)
                        .count();
        return View.of("betatest/applications")
                .with("card", BetaTestPages.card(call, clock.instant()))
                .with("applications", applications)
                .with("criteria", call.criteria())
                .with("selected", selected)
                .with("free", Math.max(0, call.slots() - selected))
                .with(
                        "names",
                        names(applications.stream().map(a -> a.application().testerId()).toList()))
                .with("message", message)
                .with("done", null);
    }

    private View reportsView(long id, String response) {
        Caller me = caller.require();
        BetaCall call = service.call(id);
        if (!call.isHolder(me.accountId())) {
            throw new AccessDeniedException("betatest.forbidden");
        }
        List<BetaTestQueries.ReportView> reports = queries.reports(me, id);
        return View.of("betatest/reports")
                .with("card", BetaTestPages.card(call, clock.instant()))
                .with("reports", reports)
                .with(
                        "screenshots",
                        reports.stream()
                                .collect(
                                        Collectors.toMap(
                                                v -> v.report().id(),
                                                v -> screenshots.of(v.report().id()))))
                .with(
                        "quotable",
                        reports.stream()
                                .filter(v -> v.report().status() == Report.Status.ACCEPTED)
                                .filter(v -> !v.report().content().text().isEmpty())
                                .toList())
                .with(
                        "names",
                        names(reports.stream().map(r -> r.application().testerId()).toList()))
                .with("response", response.isEmpty() ? orEmpty(call.holderResponse()) : response)
                .with("done", null);
    }

    private long callOfReport(long reportId) {
        return queries.callOfReport(reportId);
    }

    private Map<Long, String> names(List<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        for (long accountId : accountIds) {
            names.put(
                    accountId,
                    accounts.findProfile(accountId).map(MemberProfile::displayName).orElse("?"));
        }
        return names;
    }

    private static Response done(long callId, String page, String what) {
        return Response.seeOther(
                        URI.create("/beta-tests/gestion/" + callId + page + "?fait=" + what))
                .build();
    }

    private static String done(String what) {
        return what != null && DONE.contains(what) ? what : null;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
