package org.relais.search.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relais.platform.i18n.Messages;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.view.View;
import org.relais.search.application.InvalidSearchDate;
import org.relais.search.application.SearchRequest;
import org.relais.search.application.SearchResults;
import org.relais.search.application.SearchService;

/**
 * The search page: results with snippets, facets as links that add or remove a filter, a date range
 * form, paging. Everything is a plain GET link or form, so it all works without JavaScript.
 */
@ApplicationScoped
@Path("recherche")
@Produces(MediaType.TEXT_HTML)
public class SearchPages {
    @Inject SearchService search;
    @Inject CurrentCaller caller;
    @Inject Messages messages;
    @Inject RequestLocale locale;

    /** A facet value as a link: following it toggles the filter. */
    public record FacetLink(String value, String label, int count, boolean selected, String href) {}

    @GET
    public Response results(
            @QueryParam("q") String q,
            @QueryParam("type") List<String> types,
            @QueryParam("tag") List<String> tags,
            @QueryParam("place") List<String> places,
            @QueryParam("region") List<String> regions,
            @QueryParam("licence") List<String> licences,
            @QueryParam("filetype") List<String> fileTypes,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("type", types);
        filters.put("tag", tags);
        filters.put("place", places);
        filters.put("region", regions);
        filters.put("licence", licences);
        filters.put("filetype", fileTypes);
        SearchState state = SearchState.of(q, filters, from, to);
        View view =
                View.of("search/results")
                        .with("q", state.text())
                        .with("state", state)
                        .with("searched", state.active());
        if (!state.active()) {
            return Response.ok(view).build();
        }
        PageRequest paging = PageRequest.of(page, null);
        SearchRequest request;
        try {
            request = state.request(paging);
        } catch (InvalidSearchDate bad) {
            String message = messages.get(locale.get(), bad.errors().get(0).messageKey());
            return Response.status(400)
                    .entity(view.with("searched", false).with("dateError", message))
                    .build();
        }
        SearchResults results = search.search(request, caller.get());
        Map<String, List<FacetLink>> facets = new LinkedHashMap<>();
        results.facets()
                .forEach(
                        (dimension, counts) ->
                                facets.put(dimension, links(state, dimension, counts)));
        return Response.ok(
                        view.with("results", results)
                                .with("page", paging.page())
                                .with("pageCount", paging.pageCount(results.total()))
                                .with("base", state.href())
                                .with("facets", facets)
                                .with("typeFacets", facets.get("type"))
                                .with("tagFacets", facets.get("tag"))
                                .with(
                                        "correctionHref",
                                        results.didYouMean() == null
                                                ? null
                                                : state.withText(results.didYouMean()).href()))
                .build();
    }

    private static List<FacetLink> links(
            SearchState state, String dimension, List<SearchResults.FacetCount> counts) {
        List<FacetLink> links = new ArrayList<>();
        for (SearchResults.FacetCount count : counts) {
            links.add(
                    new FacetLink(
                            count.value(),
                            count.label(),
                            count.count(),
                            state.selected(dimension, count.value()),
                            state.toggled(dimension, count.value()).href()));
        }
        return links;
    }
}
