package org.relais.library.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.relais.library.application.KitFeedback;
import org.relais.library.application.KitService;
import org.relais.library.application.KitView;
import org.relais.library.web.KitFilters;
import org.relais.library.web.KitUploads;
import org.relais.library.web.ReceivedParts;
import org.relais.library.web.api.KitJson.DepositJson;
import org.relais.library.web.api.KitJson.KitOutJson;
import org.relais.library.web.api.KitJson.PublicationJson;
import org.relais.library.web.api.KitJson.RatingJson;
import org.relais.library.web.api.KitJson.ReportJson;
import org.relais.library.web.api.KitJson.ReportResultJson;
import org.relais.library.web.api.KitJson.VersionJson;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageJson;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;

/**
 * Workshop kits: deposit (multipart: a {@code kit} JSON part and one or more {@code file} parts),
 * list, read, versions, ratings and reports.
 */
@ApplicationScoped
@Path("api/v1/kits")
@Produces(MediaType.APPLICATION_JSON)
public class KitResource {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject KitService kits;
    @Inject KitFeedback feedback;
    @Inject KitUploads uploads;
    @Inject CurrentCaller caller;

    @GET
    public PageJson<KitOutJson> list(
            @QueryParam("tag") String tag,
            @QueryParam("licence") String licence,
            @QueryParam("type") String type,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        KitService.KitPage result =
                kits.list(KitFilters.of(tag, licence, type), paging, caller.get());
        return PageJson.of(
                result.items().stream().map(KitJson::of).toList(), result.total(), paging);
    }

    @POST
    @RolesAllowed("member")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response deposit(List<EntityPart> parts) {
        try (ReceivedParts received = uploads.receive(parts)) {
            DepositJson json = kitPart(received);
            KitView kit = kits.deposit(caller.require(), KitJson.command(json), received.uploads());
            return Response.created(URI.create("/api/v1/kits/" + kit.id()))
                    .entity(KitJson.of(kit))
                    .build();
        }
    }

    @GET
    @Path("{id:[0-9]+}")
    public KitOutJson get(@PathParam("id") long id) {
        return KitJson.of(kits.get(id, caller.get()));
    }

    @GET
    @Path("{id:[0-9]+}/versions")
    public PageJson<VersionJson> versions(@PathParam("id") long id) {
        return PageJson.all(kits.versions(id, caller.get()).stream().map(KitJson::of).toList());
    }

    @GET
    @Path("{id:[0-9]+}/versions/{number:[0-9]+}")
    public VersionJson version(@PathParam("id") long id, @PathParam("number") int number) {
        return KitJson.of(kits.version(id, number, caller.get()));
    }

    /**
     * A new version: the {@code kit} part may list {@code keepFiles} (SHA-256) to carry over, and
     * give the {@code revision} it was written from (a stale one is a 409).
     */
    @POST
    @Path("{id:[0-9]+}/versions")
    @RolesAllowed("member")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response newVersion(@PathParam("id") long id, List<EntityPart> parts) {
        try (ReceivedParts received = uploads.receive(parts)) {
            DepositJson json = kitPart(received);
            KitView kit =
                    kits.newVersion(
                            caller.require(),
                            id,
                            KitJson.command(json),
                            received.uploads(),
                            json.keepFiles() == null ? List.of() : json.keepFiles(),
                            json.revision());
            return Response.created(
                            URI.create(
                                    "/api/v1/kits/" + id + "/versions/" + kit.version().number()))
                    .entity(KitJson.of(kit))
                    .build();
        }
    }

    @PUT
    @Path("{id:[0-9]+}/rating")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public KitOutJson rate(@PathParam("id") long id, RatingJson body) {
        if (body == null || body.stars() == null) {
            throw RuleViolation.of("stars", "library.rating.invalid");
        }
        return KitJson.of(feedback.rate(caller.require(), id, body.stars()));
    }

    @POST
    @Path("{id:[0-9]+}/reports")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(@PathParam("id") long id, ReportJson body) {
        ReportJson json = body == null ? new ReportJson(null, null) : body;
        KitFeedback.ReportResult result =
                feedback.report(caller.require(), id, json.reason(), json.comment());
        return Response.status(Response.Status.CREATED)
                .entity(
                        new ReportResultJson(
                                String.valueOf(result.reportId()), result.unpublished()))
                .build();
    }

    /** Moderators publish an unpublished kit again, or withdraw a published one. */
    @PUT
    @Path("{id:[0-9]+}/publication")
    @RolesAllowed({"moderator", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    public KitOutJson publication(@PathParam("id") long id, PublicationJson body) {
        if (body == null || body.published() == null) {
            throw RuleViolation.of("published", "library.publication.required");
        }
        return KitJson.of(feedback.setPublished(caller.require(), id, body.published()));
    }

    private static DepositJson kitPart(ReceivedParts received) {
        String kit = received.field("kit");
        if (kit == null || kit.isBlank()) {
            throw RuleViolation.of("kit", "library.api.kit.required");
        }
        return JSON.fromJson(kit, DepositJson.class);
    }
}
