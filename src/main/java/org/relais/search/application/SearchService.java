package org.relais.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.relais.platform.security.Caller;
import org.relais.platform.tags.TagRegistry;
import org.relais.search.infrastructure.QueryText;
import org.relais.search.infrastructure.RecencyBoost;
import org.relais.search.infrastructure.SearchIndex;

/**
 * One search over everything the capabilities index. Visibility is a filter inside the Lucene
 * query, so what a visitor may not see is absent from hits, totals and facet counts alike. When the
 * exact words find nothing, longer words are matched approximately and a correction built from the
 * index's own vocabulary is proposed.
 */
@ApplicationScoped
public class SearchService {
    static final int FACET_SIZE = 15;
    private static final int SNIPPET_FALLBACK = 220;

    @Inject SearchIndex index;
    @Inject Clock clock;
    @Inject TagRegistry tags;

    private volatile FacetCounts.States facetStates;

    public SearchResults search(SearchRequest request, Optional<Caller> caller) {
        return withTagLabels(index.search(searcher -> run(searcher, request, caller)));
    }

    /** The tag facet reads as words: each slug with its label from the tag vocabulary. */
    private SearchResults withTagLabels(SearchResults results) {
        List<SearchResults.FacetCount> counts = results.facets().get(SearchIndex.TAG);
        if (counts == null || counts.isEmpty()) {
            return results;
        }
        List<TagRegistry.TagLabel> labels =
                tags.labels(counts.stream().map(SearchResults.FacetCount::value).toList());
        List<SearchResults.FacetCount> labelled = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            labelled.add(
                    new SearchResults.FacetCount(
                            counts.get(i).value(), labels.get(i).label(), counts.get(i).count()));
        }
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>(results.facets());
        facets.put(SearchIndex.TAG, labelled);
        return new SearchResults(
                results.items(), results.total(), facets, results.didYouMean(), results.fuzzy());
    }

    private SearchResults run(
            IndexSearcher searcher, SearchRequest request, Optional<Caller> caller) {
        try {
            QueryText text = QueryText.parse(request.text());
            Query words = text.isEmpty() ? null : text.exactQuery(index.analyzer());
            SearchResults results = collect(searcher, request, caller, words, false, null);
            if (results.total() == 0 && text.hasApproximableWords()) {
                String correction = text.corrected(searcher.getIndexReader()).orElse(null);
                results =
                        collect(
                                searcher,
                                request,
                                caller,
                                text.fuzzyQuery(index.analyzer()),
                                true,
                                correction);
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResults collect(
            IndexSearcher searcher,
            SearchRequest request,
            Optional<Caller> caller,
            Query words,
            boolean fuzzy,
            String correction)
            throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(
                words == null
                        ? new MatchAllDocsQuery()
                        : FunctionScoreQuery.boostByValue(words, new RecencyBoost(clock)),
                Occur.MUST);
        SearchFilters.add(query, request, caller);
        Query built = query.build();
        int wanted = request.page().offset() + request.page().size();
        // by relevance, a plain top-score collector (scores come with it); a search without words
        // lists the newest first
        FacetsCollectorManager.FacetsResult found =
                words == null
                        ? FacetsCollectorManager.search(
                                searcher,
                                built,
                                Math.max(1, wanted),
                                new Sort(
                                        new SortField(SearchIndex.DATE, SortField.Type.LONG, true)),
                                true,
                                new FacetsCollectorManager())
                        : FacetsCollectorManager.search(
                                searcher, built, Math.max(1, wanted), new FacetsCollectorManager());
        TopDocs top = found.topDocs();
        ScoreDoc[] page = slice(top.scoreDocs, request.page().offset(), request.page().size());
        Document[] stored = stored(searcher, page);
        String[] snippets = snippets(searcher, words, page, stored);
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(stored[i], snippets[i], page[i].score));
        }
        return new SearchResults(
                hits,
                top.totalHits.value,
                FacetCounts.count(
                        searcher, facetStates(), found.facetsCollector(), top.totalHits.value),
                correction,
                fuzzy);
    }

    private FacetCounts.States facetStates() {
        if (facetStates == null) {
            facetStates = new FacetCounts.States(index.facets());
        }
        return facetStates;
    }

    /** The stored fields of the page's hits, each read once, through one reader. */
    private static Document[] stored(IndexSearcher searcher, ScoreDoc[] page) throws IOException {
        StoredFields fields = searcher.storedFields();
        Document[] documents = new Document[page.length];
        for (int i = 0; i < page.length; i++) {
            documents[i] = fields.document(page[i].doc);
        }
        return documents;
    }

    /**
     * The highlighted passages of the page's bodies, from the stored documents already read (the
     * highlighter would otherwise read and decompress each of them again).
     */
    private String[] snippets(
            IndexSearcher searcher, Query words, ScoreDoc[] page, Document[] stored)
            throws IOException {
        String[] snippets = new String[page.length];
        if (words == null || page.length == 0) {
            return snippets;
        }
        Map<Integer, String> bodies = new HashMap<>();
        for (int i = 0; i < page.length; i++) {
            bodies.put(page[i].doc, stored[i].get(SearchIndex.BODY));
        }
        UnifiedHighlighter.Builder builder =
                UnifiedHighlighter.builder(searcher, index.analyzer())
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                        .withMaxLength(100_000);
        UnifiedHighlighter highlighter =
                new UnifiedHighlighter(builder) {
                    @Override
                    protected List<CharSequence[]> loadFieldValues(
                            String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                            throws IOException {
                        List<CharSequence[]> values = new ArrayList<>();
                        for (int doc = docs.nextDoc();
                                doc != DocIdSetIterator.NO_MORE_DOCS;
                                doc = docs.nextDoc()) {
                            values.add(new CharSequence[] {bodies.getOrDefault(doc, "")});
                        }
                        return values;
                    }
                };
        TopDocs pageDocs =
                new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        String[] highlighted = highlighter.highlight(SearchIndex.BODY, words, pageDocs, 2);
        System.arraycopy(highlighted, 0, snippets, 0, page.length);
        return snippets;
    }

    private static SearchResults.Hit hit(Document doc, String snippet, float score) {
        String body = doc.get(SearchIndex.BODY);
        String shown = snippet != null ? snippet : escape(shorten(body));
        List<String> tags = new ArrayList<>();
        for (IndexableField field : doc.getFields(SearchIndex.TAG)) {
            tags.add(field.stringValue());
        }
        IndexableField date = doc.getField(SearchIndex.DATE);
        return new SearchResults.Hit(
                doc.get(SearchIndex.ID),
                doc.get(SearchIndex.TYPE),
                doc.get(SearchIndex.TITLE),
                shown,
                doc.get(SearchIndex.URL),
                tags,
                emptyToNull(doc.get(SearchIndex.PLACE)),
                emptyToNull(doc.get(SearchIndex.AUTHOR)),
                date == null
                        ? null
                        : OffsetDateTime.ofInstant(
                                Instant.ofEpochMilli(date.numericValue().longValue()),
                                ZoneOffset.UTC),
                Float.isNaN(score) ? 0f : score);
    }

    private static ScoreDoc[] slice(ScoreDoc[] all, int offset, int size) {
        if (offset >= all.length) {
            return new ScoreDoc[0];
        }
        return java.util.Arrays.copyOfRange(all, offset, Math.min(all.length, offset + size));
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= SNIPPET_FALLBACK ? text : text.substring(0, SNIPPET_FALLBACK) + "…";
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
