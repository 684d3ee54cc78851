package org.relais.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.relais.platform.security.Caller;
import org.relais.platform.tags.TagRegistry;
import org.relais.search.infrastructure.SearchIndex;

/**
 * Suggestions while typing: the tags starting with the last word, then the titles containing the
 * words typed so far, the last one as a prefix. Same visibility filter as the search itself.
 */
@ApplicationScoped
public class Suggestions {
    static final int LIMIT = 8;

    @Inject SearchIndex index;
    @Inject TagRegistry tags;

    /** A suggestion: its label, its kind ({@code tag} or a document type) and where it leads. */
    public record Suggestion(String label, String type, String url) {}

    public List<Suggestion> suggest(String typed, Optional<Caller> caller) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() < 2) {
            return List.of();
        }
        Map<String, Suggestion> found = new LinkedHashMap<>();
        String[] words = text.split("\\s+");
        tags.suggest(words[words.length - 1], 3)
                .forEach(
                        tag ->
                                found.put(
                                        "tag:" + tag.slug(),
                                        new Suggestion(
                                                tag.label(), "tag", "/etiquettes/" + tag.slug())));
        index.search(
                searcher -> {
                    try {
                        BooleanQuery.Builder query = new BooleanQuery.Builder();
                        for (int i = 0; i < words.length; i++) {
                            String folded =
                                    index.analyzer()
                                            .normalize(SearchIndex.WORDS, words[i])
                                            .utf8ToString();
                            Term term = new Term(SearchIndex.TITLE_WORDS, folded);
                            query.add(
                                    i == words.length - 1
                                            ? new PrefixQuery(term)
                                            : new TermQuery(term),
                                    Occur.MUST);
                        }
                        query.add(SearchFilters.visibility(caller), Occur.FILTER);
                        for (ScoreDoc hit : searcher.search(query.build(), LIMIT).scoreDocs) {
                            Document doc = searcher.storedFields().document(hit.doc);
                            found.putIfAbsent(
                                    doc.get(SearchIndex.KEY),
                                    new Suggestion(
                                            doc.get(SearchIndex.TITLE),
                                            doc.get(SearchIndex.TYPE),
                                            doc.get(SearchIndex.URL)));
                        }
                        return null;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        return new ArrayList<>(found.values()).subList(0, Math.min(LIMIT, found.size()));
    }
}
