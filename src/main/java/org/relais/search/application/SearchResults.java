package org.relais.search.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** One page of hits, the total, facet counts after filtering, and a corrected query if any. */
public record SearchResults(
        List<Hit> items,
        long total,
        Map<String, List<FacetCount>> facets,
        String didYouMean,
        boolean fuzzy) {

    /**
     * A matching document. {@code snippet} is HTML: the document's text escaped, with the matched
     * words in {@code <mark>}.
     */
    public record Hit(
            String id,
            String type,
            String title,
            String snippet,
            String url,
            List<String> tags,
            String place,
            String author,
            OffsetDateTime date,
            float score) {}

    /** A facet value, what to show for it (a place's name for a place id), and its count. */
    public record FacetCount(String value, String label, int count) {
        public FacetCount(String value, int count) {
            this(value, value, count);
        }
    }
}
