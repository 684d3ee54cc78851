package org.relais.search.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.relais.platform.outbox.Searchable;
import org.relais.platform.security.Caller;
import org.relais.search.infrastructure.SearchIndex;

/**
 * The filter clauses of a search, added to the Lucene query itself so that hits, totals and facet
 * counts all agree and nothing a visitor may not see is ever counted.
 */
final class SearchFilters {
    /** Days are those of the network, in mainland France. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private SearchFilters() {}

    /** The visibilities a visitor may see, as indexed by each {@code Searchable}. */
    static Set<String> visibleTo(Optional<Caller> caller) {
        if (caller.isEmpty()) {
            return Set.of("public");
        }
        Caller c = caller.get();
        if (c.hasRole(Caller.MODERATOR) || c.hasRole(Caller.ADMIN)) {
            return Set.of("public", "members", "moderators");
        }
        return Set.of("public", "members");
    }

    /**
     * What the caller may see: the shared visibilities, plus private documents they own, or all
     * private documents for an administrator.
     */
    static Query visibility(Optional<Caller> caller) {
        BooleanQuery.Builder visible = new BooleanQuery.Builder();
        visible.add(terms(SearchIndex.VISIBILITY, visibleTo(caller)), Occur.SHOULD);
        if (caller.isPresent()) {
            Query isPrivate =
                    new TermQuery(new Term(SearchIndex.VISIBILITY, Searchable.Document.PRIVATE));
            if (caller.get().hasRole(Caller.ADMIN)) {
                visible.add(isPrivate, Occur.SHOULD);
            } else {
                visible.add(
                        new BooleanQuery.Builder()
                                .add(isPrivate, Occur.FILTER)
                                .add(
                                        new TermQuery(
                                                new Term(
                                                        SearchIndex.OWNER,
                                                        Long.toString(caller.get().accountId()))),
                                        Occur.FILTER)
                                .build(),
                        Occur.SHOULD);
            }
        }
        return visible.build();
    }

    static void add(BooleanQuery.Builder query, SearchRequest request, Optional<Caller> caller) {
        query.add(visibility(caller), Occur.FILTER);
        if (!request.types().isEmpty()) {
            query.add(terms(SearchIndex.TYPE, request.types()), Occur.FILTER);
        }
        for (String tag : request.tags()) {
            query.add(new TermQuery(new Term(SearchIndex.TAG, tag)), Occur.FILTER);
        }
        for (Map.Entry<String, Set<String>> facet : request.facets().entrySet()) {
            query.add(
                    terms(SearchIndex.facetField(facet.getKey()), facet.getValue()), Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long from =
                    request.from() == null
                            ? Long.MIN_VALUE
                            : request.from().atStartOfDay(ZONE).toInstant().toEpochMilli();
            long to = request.to() == null ? Long.MAX_VALUE : startOfNextDay(request.to()) - 1;
            query.add(LongPoint.newRangeQuery(SearchIndex.DATE, from, to), Occur.FILTER);
        }
    }

    private static long startOfNextDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant().toEpochMilli();
    }

    static Query terms(String field, Set<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }
}
