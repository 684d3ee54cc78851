package org.relais.directory.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.directory.application.PlaceDraft;
import org.relais.directory.application.PlaceImport;
import org.relais.directory.application.PlaceReminders;
import org.relais.directory.application.PlaceSearchRequest;
import org.relais.directory.application.PlaceService;
import org.relais.directory.application.PlaceView;
import org.relais.directory.domain.PlaceCsv;
import org.relais.directory.web.CsvUpload;
import org.relais.directory.web.ImportSummary;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.Messages;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.paging.PageJson;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;

/** The directory's JSON API: places, their people, moderation and import. */
@ApplicationScoped
@Path("api/v1/places")
@Produces(MediaType.APPLICATION_JSON)
public class PlaceResource {
    @Inject PlaceService places;
    @Inject PlaceImport importer;
    @Inject PlaceReminders reminders;
    @Inject CurrentCaller caller;
    @Inject Messages messages;
    @Inject RequestLocale locale;

    @Inject
    @ConfigProperty(name = CsvUpload.MAX_BYTES, defaultValue = CsvUpload.DEFAULT_MAX_BYTES)
    long maxBytes;

    @GET
    public PageJson<Map<String, Object>> search(
            @QueryParam("q") String q,
            @QueryParam("type") String type,
            @QueryParam("service") String service,
            @QueryParam("public") String publicServed,
            @QueryParam("region") String region,
            @QueryParam("departement") String departement,
            @QueryParam("near") String near,
            @QueryParam("radiusKm") String radiusKm,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        PlaceService.PlaceResults results =
                places.search(
                        new PlaceSearchRequest(
                                q,
                                type,
                                service,
                                publicServed,
                                region,
                                departement,
                                near,
                                radiusKm),
                        paging);
        return PageJson.of(
                results.items().stream().map(PlaceJson::of).toList(), results.total(), paging);
    }

    @POST
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Map<String, Object> body) {
        PlaceDraft draft =
                PlaceJson.draft(
                        body == null ? Map.of() : body, new PlaceDraft(Map.of(), false, Set.of()));
        PlaceView created = places.create(caller.require(), draft);
        return Response.created(URI.create("/api/v1/places/" + encode(created.id())))
                .entity(PlaceJson.of(created))
                .build();
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") String id) {
        return PlaceJson.of(places.get(id));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@PathParam("id") String id, Map<String, Object> body) {
        Map<String, Object> json = body == null ? Map.of() : body;
        PlaceDraft draft = PlaceJson.draft(json, places.draftOf(id));
        return PlaceJson.of(places.update(caller.require(), id, draft, PlaceJson.revision(json)));
    }

    /** Hides the place from the directory (moderators); its data is kept. */
    @DELETE
    @Path("{id}")
    @RolesAllowed({"moderator", "admin"})
    public Response hide(@PathParam("id") String id) {
        places.hide(caller.require(), id);
        return Response.noContent().build();
    }

    public record MergeJson(String into) {}

    @POST
    @Path("{id}/merge")
    @RolesAllowed({"moderator", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> merge(@PathParam("id") String id, MergeJson body) {
        if (body == null || body.into() == null || body.into().isBlank()) {
            throw RuleViolation.of("into", "place.merge.into-required");
        }
        return PlaceJson.of(places.merge(caller.require(), id, body.into()));
    }

    /** The caller declares that they work at this place; a manager confirms. */
    @POST
    @Path("{id}/members")
    @RolesAllowed("member")
    public Response declare(@PathParam("id") String id) {
        places.declareWorkingAt(caller.require(), id);
        return Response.status(Response.Status.ACCEPTED).build();
    }

    /** The optional body of a confirmation. */
    public record ConfirmationJson(String role) {}

    private static final Jsonb JSON = JsonbBuilder.create();

    /**
     * A manager confirms that someone works here. The body is optional: {@code {"role":"manager"}}
     * makes them a co-manager.
     */
    @POST
    @Path("{id}/members/{accountId}/confirmation")
    @RolesAllowed("member")
    @Consumes(MediaType.WILDCARD)
    public Response confirm(
            @PathParam("id") String id, @PathParam("accountId") long accountId, String body) {
        boolean asManager = false;
        if (body != null && !body.isBlank()) {
            ConfirmationJson confirmation = JSON.fromJson(body, ConfirmationJson.class);
            asManager = confirmation != null && "manager".equals(confirmation.role());
        }
        places.confirmPerson(caller.require(), id, accountId, asManager);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/members/{accountId}")
    @RolesAllowed("member")
    public Response remove(@PathParam("id") String id, @PathParam("accountId") long accountId) {
        places.removePerson(caller.require(), id, accountId);
        return Response.noContent().build();
    }

    /** Places not updated for 11 months or more, for moderators. */
    @GET
    @Path("stale")
    @RolesAllowed({"moderator", "admin"})
    public PageJson<Map<String, Object>> stale() {
        return PageJson.all(places.notUpdatedFor11Months().stream().map(PlaceJson::of).toList());
    }

    /** Sends now the reminders due today (the daily job does it every morning). */
    @POST
    @Path("reminders")
    @RolesAllowed("admin")
    public Map<String, Object> sendReminders() {
        return Map.of("reminded", reminders.sendDueToday());
    }

    /**
     * Imports a CSV in the national schema; answers what happened to each row. The body is checked
     * as the import page checks its file (size cap, UTF-8 text) before anything is imported.
     */
    @POST
    @Path("import")
    @RolesAllowed("admin")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public ImportSummary importCsv(InputStream body) throws IOException {
        CsvUpload csv = CsvUpload.check(CsvUpload.BODY_NAME, body, PlaceCsv.FILE_FIELD, maxBytes);
        return ImportSummary.of(importer.importCsv(csv.reader()), messages, locale.get());
    }

    static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
