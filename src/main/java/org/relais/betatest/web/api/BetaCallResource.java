package org.relais.betatest.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.relais.betatest.application.BetaTestCalendar;
import org.relais.betatest.application.BetaTestQueries;
import org.relais.betatest.application.BetaTestReports;
import org.relais.betatest.application.BetaTestService;
import org.relais.betatest.application.CallCommand;
import org.relais.betatest.application.CallValidation;
import org.relais.betatest.application.TesterMessages;
import org.relais.betatest.domain.Outcome;
import org.relais.betatest.domain.Severity;
import org.relais.betatest.domain.TestReport;
import org.relais.betatest.web.api.BetaTestJson.ApplicationInputJson;
import org.relais.betatest.web.api.BetaTestJson.ApplicationJson;
import org.relais.betatest.web.api.BetaTestJson.CalendarRunJson;
import org.relais.betatest.web.api.BetaTestJson.CallInputJson;
import org.relais.betatest.web.api.BetaTestJson.CallJson;
import org.relais.betatest.web.api.BetaTestJson.CriteriaAnswersJson;
import org.relais.betatest.web.api.BetaTestJson.CriteriaJson;
import org.relais.betatest.web.api.BetaTestJson.DetailsInputJson;
import org.relais.betatest.web.api.BetaTestJson.MessageInputJson;
import org.relais.betatest.web.api.BetaTestJson.MessageSentJson;
import org.relais.betatest.web.api.BetaTestJson.PhaseInputJson;
import org.relais.betatest.web.api.BetaTestJson.PublicationInputJson;
import org.relais.betatest.web.api.BetaTestJson.ReportInputJson;
import org.relais.betatest.web.api.BetaTestJson.ReportJson;
import org.relais.betatest.web.api.BetaTestJson.ResultsJson;
import org.relais.betatest.web.api.BetaTestJson.SelectionInputJson;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageJson;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;

/**
 * Calls for beta-testers: open, read, apply, select, report, accept or ask for details, close,
 * publish and read results. Each step checks the phase of the call and who acts.
 */
@ApplicationScoped
@Path("api/v1/beta-calls")
@Produces(MediaType.APPLICATION_JSON)
public class BetaCallResource {
    @Inject BetaTestService service;
    @Inject BetaTestReports testReports;
    @Inject BetaTestQueries queries;
    @Inject CallValidation validation;
    @Inject TesterMessages messages;
    @Inject BetaTestCalendar calendar;
    @Inject CurrentCaller caller;
    @Inject Clock clock;

    /**
     * Open calls, soonest deadline first ({@code ?tag=&audience=&device=&region=}), or past ones
     * with {@code ?status=past}.
     */
    @GET
    public PageJson<CallJson> list(
            @QueryParam("status") String status,
            @QueryParam("tag") String tag,
            @QueryParam("audience") String audience,
            @QueryParam("device") String device,
            @QueryParam("region") String region,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        BetaTestQueries.CallPage result;
        if ("past".equals(status)) {
            result = queries.pastCalls(paging);
        } else if (status == null || "open".equals(status)) {
            result = queries.openCalls(validation.filter(tag, audience, device, region), paging);
        } else {
            throw RuleViolation.of("status", "betatest.list.status");
        }
        return PageJson.of(
                result.items().stream().map(c -> BetaTestJson.of(c, clock)).toList(),
                result.total(),
                paging);
    }

    @POST
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(CallInputJson body) {
        if (body == null) {
            throw RuleViolation.of("title", "betatest.field.required");
        }
        CriteriaJson criteria =
                body.criteria() == null
                        ? new CriteriaJson(null, null, null, null)
                        : body.criteria();
        CallCommand command =
                new CallCommand(
                        body.title(),
                        body.product(),
                        body.organisation(),
                        id(body.placeId(), "placeId"),
                        body.description(),
                        body.scenarios() == null
                                ? null
                                : body.scenarios().stream()
                                        .map(
                                                s ->
                                                        s == null
                                                                ? null
                                                                : new CallCommand.ScenarioCommand(
                                                                        s.title(), s.expected()))
                                        .toList(),
                        criteria.audiences(),
                        criteria.devices(),
                        criteria.regions(),
                        criteria.skills(),
                        body.tags(),
                        body.slots(),
                        instant(body.applicationDeadline()),
                        instant(body.testStart()),
                        instant(body.testEnd()),
                        body.rewardMinutes(),
                        body.confidentiality());
        CallJson json = BetaTestJson.of(service.open(caller.require(), command), clock);
        return Response.created(URI.create("/api/v1/beta-calls/" + json.id())).entity(json).build();
    }

    @GET
    @Path("{id:[0-9]+}")
    public CallJson get(@PathParam("id") long id) {
        return BetaTestJson.of(service.call(id), clock);
    }

    @POST
    @Path("{id:[0-9]+}/applications")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(@PathParam("id") long id, ApplicationInputJson body) {
        ApplicationInputJson json = body == null ? new ApplicationInputJson(null, null) : body;
        CriteriaAnswersJson answers =
                json.answers() == null
                        ? new CriteriaAnswersJson(null, null, null, null)
                        : json.answers();
        ApplicationJson created =
                BetaTestJson.own(
                        service.apply(
                                caller.require(),
                                id,
                                json.motivation(),
                                validation.profile(
                                        answers.audiences(),
                                        answers.devices(),
                                        answers.region(),
                                        answers.skills())));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** The holder's list of applications, with the match and the waiting order. */
    @GET
    @Path("{id:[0-9]+}/applications")
    @RolesAllowed("member")
    public List<ApplicationJson> applications(@PathParam("id") long id) {
        return queries.applications(caller.require(), id).stream().map(BetaTestJson::of).toList();
    }

    @POST
    @Path("applications/{applicationId:[0-9]+}/withdrawal")
    @RolesAllowed("member")
    public Response withdraw(@PathParam("applicationId") long applicationId) {
        service.withdraw(caller.require(), applicationId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id:[0-9]+}/selections")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<ApplicationJson> select(@PathParam("id") long id, SelectionInputJson body) {
        Set<Long> ids = new LinkedHashSet<>();
        if (body != null && body.applicationIds() != null) {
            body.applicationIds().forEach(raw -> ids.add(id(raw, "applicationIds")));
        }
        service.select(caller.require(), id, ids);
        return applications(id);
    }

    @POST
    @Path("{id:[0-9]+}/reports")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(@PathParam("id") long id, ReportInputJson body) {
        ReportInputJson json = body == null ? new ReportInputJson(null, null, null, null) : body;
        TestReport.Draft draft =
                new TestReport.Draft(
                        json.scenarios() == null
                                ? null
                                : json.scenarios().stream()
                                        .map(
                                                s ->
                                                        s == null || s.result() == null
                                                                ? null
                                                                : new TestReport.ScenarioResult(
                                                                        Outcome.fromCode(
                                                                                s.result()),
                                                                        s.comment()))
                                        .toList(),
                        json.rating(),
                        json.problems() == null
                                ? null
                                : json.problems().stream()
                                        .map(
                                                p ->
                                                        p == null || p.severity() == null
                                                                ? null
                                                                : new TestReport.Problem(
                                                                        Severity.fromCode(
                                                                                p.severity()),
                                                                        p.text()))
                                        .toList(),
                        json.text());
        long reportId = testReports.report(caller.require(), id, draft).id();
        ReportJson stored =
                queries.reports(caller.require(), id).stream()
                        .filter(view -> view.report().id() == reportId)
                        .map(BetaTestJson::of)
                        .findFirst()
                        .orElseThrow();
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    /** Every report for the holder; a tester gets only their own. */
    @GET
    @Path("{id:[0-9]+}/reports")
    @RolesAllowed("member")
    public List<ReportJson> reports(@PathParam("id") long id) {
        return queries.reports(caller.require(), id).stream().map(BetaTestJson::of).toList();
    }

    @POST
    @Path("reports/{reportId:[0-9]+}/accept")
    @RolesAllowed("member")
    public Response accept(@PathParam("reportId") long reportId) {
        testReports.accept(caller.require(), reportId);
        return Response.noContent().build();
    }

    @POST
    @Path("reports/{reportId:[0-9]+}/details")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response askForDetails(@PathParam("reportId") long reportId, DetailsInputJson body) {
        testReports.askForDetails(caller.require(), reportId, body == null ? null : body.note());
        return Response.noContent().build();
    }

    /**
     * The holder moves the call on: {@code {"phase":"selection"}} or {@code {"phase":"testing"}}.
     */
    @POST
    @Path("{id:[0-9]+}/phase")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public CallJson advance(@PathParam("id") long id, PhaseInputJson body) {
        String phase = body == null ? null : body.phase();
        if ("selection".equals(phase)) {
            return BetaTestJson.of(service.closeApplications(caller.require(), id), clock);
        }
        if ("testing".equals(phase)) {
            return BetaTestJson.of(service.startTesting(caller.require(), id), clock);
        }
        throw RuleViolation.of("phase", "betatest.phase.unknown");
    }

    /** The holder writes to the selected testers, who are notified (and mailed by default). */
    @POST
    @Path("{id:[0-9]+}/messages")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public MessageSentJson message(@PathParam("id") long id, MessageInputJson body) {
        return new MessageSentJson(
                messages.send(caller.require(), id, body == null ? null : body.text()));
    }

    /**
     * Runs the hourly calendar now (reminders, then closing ended calls), for an administrator
     * catching up after a stop, or a test that cannot wait an hour.
     */
    @POST
    @Path("calendar/run")
    @RolesAllowed("admin")
    public CalendarRunJson runCalendar() {
        return new CalendarRunJson(calendar.run());
    }

    @POST
    @Path("{id:[0-9]+}/closure")
    @RolesAllowed("member")
    public CallJson close(@PathParam("id") long id) {
        return BetaTestJson.of(service.close(caller.require(), id), clock);
    }

    /** Publishes the results of an ended call, with the holder's response and chosen quotes. */
    @POST
    @Path("{id:[0-9]+}/results")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public ResultsJson publish(@PathParam("id") long id, PublicationInputJson body) {
        PublicationInputJson json = body == null ? new PublicationInputJson(null, null) : body;
        Set<Long> quoted = new LinkedHashSet<>();
        if (json.quotedReportIds() != null) {
            json.quotedReportIds().forEach(raw -> quoted.add(id(raw, "quotedReportIds")));
        }
        service.publish(caller.require(), id, json.response(), quoted);
        return results(id);
    }

    @GET
    @Path("{id:[0-9]+}/results")
    public ResultsJson results(@PathParam("id") long id) {
        return BetaTestJson.of(queries.results(caller.get(), id));
    }

    private static Long id(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.of(field, "betatest.id.invalid", raw);
        }
    }

    private static java.time.Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
