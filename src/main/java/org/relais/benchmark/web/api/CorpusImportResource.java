package org.relais.benchmark.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.relais.benchmark.application.CorpusImport;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.CurrentCaller;

/**
 * {@code POST /api/v1/bench/corpus}: the benchmark's bulk load (see {@link CorpusImport}), 404
 * unless {@code relais.bench.bulk-load} is on, administrators only.
 */
@ApplicationScoped
@Path("api/v1/bench/corpus")
@Produces(MediaType.APPLICATION_JSON)
public class CorpusImportResource {
    @Inject CorpusImport corpus;
    @Inject CurrentCaller caller;

    /** A document to write; ids are strings, as everywhere in the API. */
    public record ItemJson(
            CorpusImport.Kind kind,
            String parentId,
            String categoryId,
            String title,
            String body,
            List<String> tags) {}

    public record BatchJson(List<ItemJson> items) {}

    /** The ids the documents got, in the order of the batch. */
    public record IdsJson(List<String> ids) {}

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(BatchJson batch) {
        List<CorpusImport.Item> items =
                batch == null || batch.items() == null
                        ? List.of()
                        : batch.items().stream().map(CorpusImportResource::item).toList();
        return Response.status(Response.Status.CREATED)
                .entity(new IdsJson(corpus.write(caller.require(), items)))
                .build();
    }

    private static CorpusImport.Item item(ItemJson json) {
        if (json == null) {
            return null;
        }
        return new CorpusImport.Item(
                json.kind(),
                id(json.parentId(), "parentId"),
                id(json.categoryId(), "categoryId"),
                json.title(),
                json.body(),
                json.tags());
    }

    private static Long id(String raw, String field) {
        if (raw == null) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.of(field, "bench.bulk-load.id");
        }
    }
}
