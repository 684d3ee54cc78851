package org.relais.search.web.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.view.View;
import org.relais.search.application.SearchRequest;
import org.relais.search.application.SearchResults;
import org.relais.search.application.SearchService;

/** The search page: results with snippets, facets as links that add or remove a filter, paging. */
@Path("recherche")
@Produces(MediaType.TEXT_HTML)
public class SearchPages {
    @Inject SearchService search;
    @Inject CurrentCaller caller;

    /** A facet value as a link: following it toggles the filter. */
    public record FacetLink(String value, int count, boolean selected, String href) {}

    @GET
    public View results(
            @QueryParam("q") String q,
            @QueryParam("type") List<String> types,
            @QueryParam("tag") List<String> tags,
            @QueryParam("page") String page) {
        PageRequest paging = PageRequest.of(page, null);
        Set<String> typeFilter = new LinkedHashSet<>(types);
        Set<String> tagFilter = new LinkedHashSet<>(tags);
        String text = q == null ? "" : q.strip();
        View view =
                View.of("search/results")
                        .with("q", text)
                        .with(
                                "searched",
                                !text.isEmpty() || !typeFilter.isEmpty() || !tagFilter.isEmpty());
        if (text.isEmpty() && typeFilter.isEmpty() && tagFilter.isEmpty()) {
            return view;
        }
        SearchResults results =
                search.search(new SearchRequest(text, typeFilter, tagFilter, paging), caller.get());
        return view.with("results", results)
                .with("page", paging.page())
                .with("pageCount", paging.pageCount(results.total()))
                .with("base", query(text, typeFilter, tagFilter))
                .with("typeFacets", links(results, "type", text, typeFilter, tagFilter, true))
                .with("tagFacets", links(results, "tag", text, typeFilter, tagFilter, false))
                .with(
                        "correctionHref",
                        results.didYouMean() == null
                                ? null
                                : query(results.didYouMean(), typeFilter, tagFilter));
    }

    private static List<FacetLink> links(
            SearchResults results,
            String dimension,
            String text,
            Set<String> types,
            Set<String> tags,
            boolean ofTypes) {
        List<FacetLink> links = new ArrayList<>();
        for (SearchResults.FacetCount count : results.facets().get(dimension)) {
            Set<String> toggled = new LinkedHashSet<>(ofTypes ? types : tags);
            boolean selected = !toggled.add(count.value());
            if (selected) {
                toggled.remove(count.value());
            }
            links.add(
                    new FacetLink(
                            count.value(),
                            count.count(),
                            selected,
                            ofTypes ? query(text, toggled, tags) : query(text, types, toggled)));
        }
        return links;
    }

    static String query(String text, Set<String> types, Set<String> tags) {
        StringBuilder url = new StringBuilder("/recherche?q=").append(encode(text));
        types.forEach(t -> url.append("&type=").append(encode(t)));
        tags.forEach(t -> url.append("&tag=").append(encode(t)));
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
