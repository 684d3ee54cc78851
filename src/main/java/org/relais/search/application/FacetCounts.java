package org.relais.search.application;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.relais.search.infrastructure.SearchIndex;

/**
 * Counts per facet value over the documents a search matched (filters included), and the labels
 * people read: a place facet counts place ids and shows the name of the place as indexed, so search
 * needs nothing from the directory.
 */
final class FacetCounts {
    /** The facets of every result, in the order pages show them. */
    static final List<String> DIMENSIONS =
            List.of(SearchIndex.TYPE, SearchIndex.TAG, "place", "region", "licence", "filetype");

    private FacetCounts() {}

    /**
     * The facet ordinals of one reader, built once per reader (a refresh makes a new one) rather
     * than once per search: building them reads every facet value of every segment.
     */
    static final class States {
        private record Cached(IndexReader reader, Optional<SortedSetDocValuesReaderState> state) {}

        private final FacetsConfig config;
        private volatile Cached last;

        States(FacetsConfig config) {
            this.config = config;
        }

        /** The state of this reader; empty while the index holds no facet yet. */
        Optional<SortedSetDocValuesReaderState> of(IndexReader reader) throws IOException {
            Cached cached = last;
            if (cached == null || cached.reader() != reader) {
                Optional<SortedSetDocValuesReaderState> state;
                try {
                    state = Optional.of(new DefaultSortedSetDocValuesReaderState(reader, config));
                } catch (IllegalArgumentException noFacetsYet) {
                    state = Optional.empty();
                }
                cached = new Cached(reader, state);
                last = cached;
            }
            return cached.state();
        }
    }

    static Map<String, List<SearchResults.FacetCount>> count(
            IndexSearcher searcher, States states, FacetsCollector matched, long total)
            throws IOException {
        Map<String, List<SearchResults.FacetCount>> counts = new LinkedHashMap<>();
        DIMENSIONS.forEach(dimension -> counts.put(dimension, List.of()));
        if (total == 0) {
            return counts;
        }
        Optional<SortedSetDocValuesReaderState> found = states.of(searcher.getIndexReader());
        if (found.isEmpty()) {
            return counts;
        }
        SortedSetDocValuesReaderState state = found.get();
        Facets facets = new SortedSetDocValuesFacetCounts(state, matched);
        for (String dimension : DIMENSIONS) {
            FacetResult result;
            try {
                result = facets.getTopChildren(SearchService.FACET_SIZE, dimension);
            } catch (IllegalArgumentException notIndexedYet) {
                continue;
            }
            if (result != null) {
                Map<String, String> labels =
                        "place".equals(dimension)
                                ? placeNames(searcher, result.labelValues)
                                : Map.of();
                List<SearchResults.FacetCount> values = new ArrayList<>();
                for (LabelAndValue lv : result.labelValues) {
                    values.add(
                            new SearchResults.FacetCount(
                                    lv.label,
                                    labels.getOrDefault(lv.label, lv.label),
                                    lv.value.intValue()));
                }
                counts.put(dimension, values);
            }
        }
        return counts;
    }

    /** The titles of the place documents with these ids; hidden places keep their id. */
    private static Map<String, String> placeNames(IndexSearcher searcher, LabelAndValue[] ids)
            throws IOException {
        List<String> keys = new ArrayList<>();
        for (LabelAndValue id : ids) {
            keys.add("place:" + id.label);
        }
        Map<String, String> names = new HashMap<>();
        ScoreDoc[] found =
                searcher.search(
                                SearchFilters.terms(SearchIndex.KEY, java.util.Set.copyOf(keys)),
                                Math.max(1, keys.size()))
                        .scoreDocs;
        for (ScoreDoc doc : found) {
            var stored = searcher.storedFields().document(doc.doc);
            names.put(stored.get(SearchIndex.ID), stored.get(SearchIndex.TITLE));
        }
        return names;
    }
}
