package org.relais.library.web.api;

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
import java.time.OffsetDateTime;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.relais.library.application.KitFeedback;
import org.relais.library.application.KitFeedback.ReportView;
import org.relais.library.domain.ReportStatus;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageJson;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;

/**
 * Reports on kits, for moderators: the list by status ({@code open} by default, {@code upheld},
 * {@code dismissed} or {@code all}) and the review of an open one, as the moderation page does.
 */
@ApplicationScoped
@Path("api/v1/kit-reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"moderator", "admin"})
public class KitReportResource {
    @Inject KitFeedback feedback;
    @Inject CurrentCaller caller;

    public record KitReportJson(
            String id,
            String kitId,
            String kitTitle,
            @Schema(enumeration = {"outdated", "errors", "duplicate", "rights"}) String reason,
            String comment,
            KitJson.AuthorJson author,
            OffsetDateTime createdAt,
            @Schema(enumeration = {"open", "upheld", "dismissed"}) String status,
            OffsetDateTime reviewedAt) {}

    public record ReviewJson(
            @Schema(
                            enumeration = {"uphold", "dismiss"},
                            required = true)
                    String decision) {}

    @GET
    public PageJson<KitReportJson> list(
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        KitFeedback.ReportPage reports = feedback.reports(caller.require(), status(status), paging);
        return PageJson.of(
                reports.items().stream().map(KitReportResource::json).toList(),
                reports.total(),
                paging);
    }

    /** Upholds or dismisses an open report; dismissing the last rights report republishes. */
    @POST
    @Path("{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public KitReportJson review(@PathParam("id") long id, ReviewJson body) {
        String decision = body == null || body.decision() == null ? "" : body.decision().strip();
        if (!decision.equals("uphold") && !decision.equals("dismiss")) {
            throw RuleViolation.of("decision", "library.report.decision.invalid");
        }
        return json(feedback.review(caller.require(), id, decision.equals("uphold")));
    }

    private static ReportStatus status(String status) {
        String value = status == null || status.isBlank() ? "open" : status.strip();
        if (value.equals("all")) {
            return null;
        }
        try {
            return ReportStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of("status", "library.report.status.invalid", value);
        }
    }

    private static KitReportJson json(ReportView r) {
        return new KitReportJson(
                String.valueOf(r.id()),
                String.valueOf(r.kitId()),
                r.kitTitle(),
                r.reason().name().toLowerCase(Locale.ROOT),
                r.comment(),
                new KitJson.AuthorJson(String.valueOf(r.authorId()), r.authorName()),
                r.createdAt(),
                r.status().name().toLowerCase(Locale.ROOT),
                r.reviewedAt());
    }
}
