package org.relais.search.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.relais.platform.paging.PageRequest;

/**
 * What a visitor searches: words (with "phrases" and -exclusions), facet filters, a date range, a
 * page. {@code facets} filters on the values documents carry in {@code Document.facets()} (place,
 * region, licence…): values of one facet are alternatives, different facets must all match. The
 * dates are inclusive days, in the platform's time zone.
 */
public record SearchRequest(
        String text,
        Set<String> types,
        Set<String> tags,
        Map<String, Set<String>> facets,
        LocalDate from,
        LocalDate to,
        PageRequest page) {
    public SearchRequest {
        text = text == null ? "" : text.strip();
        types = types == null ? Set.of() : Set.copyOf(types);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        Map<String, Set<String>> kept = new LinkedHashMap<>();
        if (facets != null) {
            facets.forEach(
                    (name, values) -> {
                        if (values != null && !values.isEmpty()) {
                            kept.put(name, Set.copyOf(values));
                        }
                    });
        }
        facets = Map.copyOf(kept);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidSearchDate("to", "search.date.order");
        }
    }

    public SearchRequest(String text, Set<String> types, Set<String> tags, PageRequest page) {
        this(text, types, tags, Map.of(), null, null, page);
    }
}
