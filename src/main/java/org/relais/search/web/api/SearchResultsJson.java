package org.relais.search.web.api;

import java.util.List;
import java.util.Map;
import org.relais.search.application.SearchResults;

/**
 * A page of search results in the API's list shape, with facet counts and, when the words were
 * matched approximately, the correction the search proposes.
 */
public record SearchResultsJson(
        List<HitJson> items,
        long total,
        int page,
        int size,
        Map<String, List<SearchResults.FacetCount>> facets,
        String suggestion,
        boolean approximate) {

    /** One hit; {@code snippet} is escaped HTML with the matches in {@code <mark>}. */
    public record HitJson(
            String type,
            String id,
            String title,
            String snippet,
            String url,
            List<String> tags,
            String place,
            String author,
            String date,
            float score) {}

    static SearchResultsJson of(SearchResults results, int page, int size) {
        return new SearchResultsJson(
                results.items().stream()
                        .map(
                                hit ->
                                        new HitJson(
                                                hit.type(),
                                                hit.id(),
                                                hit.title(),
                                                hit.snippet(),
                                                hit.url(),
                                                hit.tags(),
                                                hit.place(),
                                                hit.author(),
                                                hit.date() == null ? null : hit.date().toString(),
                                                hit.score()))
                        .toList(),
                results.total(),
                page,
                size,
                results.facets(),
                results.didYouMean(),
                results.fuzzy());
    }
}
