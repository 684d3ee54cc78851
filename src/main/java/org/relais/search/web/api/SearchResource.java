package org.relais.search.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relais.platform.i18n.Messages;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;
import org.relais.search.application.IndexRebuild;
import org.relais.search.application.InvalidSearchDate;
import org.relais.search.application.OutboxIndexer;
import org.relais.search.application.OutboxPruning;
import org.relais.search.application.SearchRequest;
import org.relais.search.application.SearchService;
import org.relais.search.application.Suggestions;
import org.relais.search.extraction.ExtractedText;
import org.relais.search.extraction.TextExtraction;

/** One search over everything visible to the caller, its suggestions, and its administration. */
@ApplicationScoped
@Path("api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    @Inject SearchService search;
    @Inject Suggestions suggestions;
    @Inject OutboxIndexer indexer;
    @Inject IndexRebuild rebuild;
    @Inject OutboxPruning pruning;
    @Inject CurrentCaller caller;
    @Inject TextExtraction extraction;
    @Inject Messages messages;
    @Inject RequestLocale locale;

    @GET
    public SearchResultsJson search(
            @QueryParam("q") String q,
            @QueryParam("type") List<String> types,
            @QueryParam("tag") List<String> tags,
            @QueryParam("place") List<String> places,
            @QueryParam("region") List<String> regions,
            @QueryParam("licence") List<String> licences,
            @QueryParam("filetype") List<String> fileTypes,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        SearchRequest request =
                new SearchRequest(
                        q,
                        Set.copyOf(types),
                        Set.copyOf(tags),
                        Map.of(
                                "place", Set.copyOf(places),
                                "region", Set.copyOf(regions),
                                "licence", Set.copyOf(licences),
                                "filetype", Set.copyOf(fileTypes)),
                        InvalidSearchDate.parse(from, "from"),
                        InvalidSearchDate.parse(to, "to"),
                        paging);
        return SearchResultsJson.of(
                search.search(request, caller.get()), paging.page(), paging.size());
    }

    /** Titles and tags starting like what is being typed, for the search box. */
    @GET
    @Path("suggest")
    public List<Suggestions.Suggestion> suggest(@QueryParam("q") String q) {
        return suggestions.suggest(q, caller.get());
    }

    @GET
    @Path("status")
    @RolesAllowed("admin")
    public OutboxIndexer.Status status() {
        return indexer.status();
    }

    /**
     * Starts a rebuild from the database into a new index, unless one is already running, and
     * returns the status; progress is in {@code rebuild}. Search keeps answering meanwhile.
     */
    @POST
    @Path("rebuild")
    @RolesAllowed("admin")
    public OutboxIndexer.Status rebuild() {
        rebuild.start("admin");
        return indexer.status();
    }

    /**
     * Extracts the text of the file sent as the request body, with the limits uploads get: a way
     * for administrators to see what search would index from a document, and why it would not.
     */
    @POST
    @Path("extract")
    @RolesAllowed("admin")
    @Consumes(MediaType.WILDCARD)
    public ExtractionJson extract(InputStream body) {
        ExtractedText result = extraction.extract(body);
        return ExtractionJson.of(
                result,
                result.failureReason()
                        .map(f -> messages.get(locale.get(), f.messageKey()))
                        .orElse(null));
    }

    /** How many outbox entries a pruning deleted. */
    public record Pruned(int deleted) {}

    /**
     * Prunes the shared outbox now: entries older than {@code olderThan} (ISO-8601, default the
     * configured retention) are deleted, the newest one always kept.
     */
    @POST
    @Path("outbox/prune")
    @RolesAllowed("admin")
    public Pruned prune(@QueryParam("olderThan") String olderThan) {
        return new Pruned(
                pruning.prune(
                        olderThan == null ? pruning.retention() : OutboxPruning.parse(olderThan)));
    }
}
