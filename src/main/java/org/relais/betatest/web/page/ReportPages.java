package org.relais.betatest.web.page;

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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.relais.betatest.application.BetaTestQueries;
import org.relais.betatest.application.BetaTestReports;
import org.relais.betatest.application.BetaTestService;
import org.relais.betatest.application.ReportScreenshots;
import org.relais.betatest.domain.BetaCall;
import org.relais.betatest.domain.CallSchedule;
import org.relais.betatest.domain.Outcome;
import org.relais.betatest.domain.Report;
import org.relais.betatest.domain.Screenshot;
import org.relais.betatest.domain.Severity;
import org.relais.platform.config.DataDirectory;
import org.relais.platform.error.BusinessException;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.upload.UploadRefused;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;

/**
 * A selected tester's report: filed, then edited until the test period ends or the holder accepts
 * it. A request for details from the holder shows at the top, and is answered by editing.
 */
@ApplicationScoped
@Path("beta-tests/mon-rapport")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class ReportPages {
    @Inject BetaTestService service;
    @Inject BetaTestReports testReports;
    @Inject BetaTestQueries queries;
    @Inject ReportScreenshots screenshots;
    @Inject DataDirectory dataDirectory;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;
    @Inject Clock clock;

    @GET
    @Path("{id:[0-9]+}")
    public View report(@PathParam("id") long id, @QueryParam("fait") String done) {
        return view(service.call(id), mine(id), current(id))
                .with("done", "rapport".equals(done) || "capture".equals(done) ? done : null);
    }

    @POST
    @Path("{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
        BetaCall call = service.call(id);
        ReportForm form = ReportForm.of(posted, call.scenarios().size());
        if ("more".equals(posted.getFirst("action"))) {
            return Response.ok(view(call, mine(id), form.withMoreRows())).build();
        }
        try {
            testReports.report(caller.require(), id, form.draft());
            return Response.seeOther(URI.create("/beta-tests/mon-rapport/" + id + "?fait=rapport"))
                    .build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(view(call, mine(id), form), violation);
        }
    }

    /**
     * Joins a screenshot (multipart, its CSRF token in the query as for every upload). A refused
     * file gives the page back with the reason beside the file field.
     */
    @POST
    @Path("{id:[0-9]+}/captures")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        EntityPart file =
                parts.stream()
                        .filter(p -> "screenshot".equals(p.getName()))
                        .filter(p -> p.getFileName().filter(n -> !n.isBlank()).isPresent())
                        .findFirst()
                        .orElse(null);
        try {
            if (file == null) {
                throw RuleViolation.of("screenshot", "betatest.screenshot.missing");
            }
            java.nio.file.Path upload = receive(file);
            try {
                screenshots.attach(caller.require(), id, file.getFileName().get(), upload);
            } finally {
                Files.deleteIfExists(upload);
            }
            return Response.seeOther(URI.create("/beta-tests/mon-rapport/" + id + "?fait=capture"))
                    .build();
        } catch (UploadRefused | ConflictException refused) {
            return refusedUpload(id, refused);
        } catch (RuleViolation violation) {
            return formErrors.rerender(view(service.call(id), mine(id), current(id)), violation);
        }
    }

    @POST
    @Path("{id:[0-9]+}/captures/{screenshot:[0-9]+}/suppression")
    public Response remove(@PathParam("id") long id, @PathParam("screenshot") long screenshot) {
        screenshots.remove(caller.require(), id, screenshot);
        return Response.seeOther(URI.create("/beta-tests/mon-rapport/" + id)).build();
    }

    private Response refusedUpload(long id, BusinessException refused) {
        return formErrors.rerender(
                view(service.call(id), mine(id), current(id)),
                new RuleViolation(
                        List.of(
                                new FieldError(
                                        "screenshot", refused.messageKey(), refused.arguments()))));
    }

    /** Copies the part to the waiting room, one byte over the cap at most. */
    private java.nio.file.Path receive(EntityPart part) throws IOException {
        java.nio.file.Path folder =
                Files.createDirectories(dataDirectory.resolve("uploads-waiting"));
        java.nio.file.Path upload = Files.createTempFile(folder, "screenshot-", ".part");
        try (InputStream in = part.getContent()) {
            Files.write(
                    upload,
                    in.readNBytes(
                            (int) Math.min(Integer.MAX_VALUE - 8, screenshots.maxBytes() + 1)));
        }
        return upload;
    }

    private ReportForm current(long callId) {
        BetaCall call = service.call(callId);
        return mine(callId)
                .map(r -> ReportForm.of(r.content()))
                .orElseGet(() -> ReportForm.empty(call.scenarios().size()));
    }

    private Optional<Report> mine(long callId) {
        Caller me = caller.require();
        testReports.selectedApplication(me, callId);
        return queries.reports(me, callId).stream()
                .filter(v -> v.application().testerId() == me.accountId())
                .map(BetaTestQueries.ReportView::report)
                .findFirst();
    }

    private View view(BetaCall call, Optional<Report> mine, ReportForm form) {
        boolean editable =
                call.phase(clock.instant()) == CallSchedule.Phase.TESTING
                        && mine.map(r -> r.status() != Report.Status.ACCEPTED).orElse(true);
        return View.of("betatest/report-form")
                .with("card", BetaTestPages.card(call, clock.instant()))
                .with("report", mine.orElse(null))
                .with("editable", editable)
                .with("form", form)
                .with("outcomes", Outcome.values())
                .with("severities", Severity.values())
                .with("screenshots", mine.map(r -> screenshots.of(r.id())).orElse(List.of()))
                .with("screenshotMax", Screenshot.PER_REPORT_MAX)
                .with("screenshotMegabytes", screenshots.maxBytes() / (1024 * 1024))
                .with("done", null);
    }
}
