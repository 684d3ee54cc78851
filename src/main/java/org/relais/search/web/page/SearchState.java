package org.relais.search.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relais.platform.paging.PageRequest;
import org.relais.search.application.InvalidSearchDate;
import org.relais.search.application.SearchRequest;

/**
 * What the search page was asked, as in its address: the words, the selected facet values per
 * dimension ({@code type}, {@code tag}, {@code place}, {@code region}, {@code licence}, {@code
 * filetype}) and the dates as typed. Links of the page are this state with one thing changed.
 */
public record SearchState(String text, Map<String, Set<String>> filters, String from, String to) {

    static SearchState of(String q, Map<String, List<String>> raw, String from, String to) {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        raw.forEach(
                (dimension, values) ->
                        filters.put(
                                dimension,
                                values == null ? Set.of() : new LinkedHashSet<>(values)));
        return new SearchState(
                q == null ? "" : q.strip(), filters, blankToEmpty(from), blankToEmpty(to));
    }

    public boolean active() {
        return !text.isEmpty()
                || filters.values().stream().anyMatch(v -> !v.isEmpty())
                || !from.isEmpty()
                || !to.isEmpty();
    }

    /** The selected values of one dimension, for the hidden fields of the date form. */
    public Set<String> values(String dimension) {
        return filters.getOrDefault(dimension, Set.of());
    }

    boolean selected(String dimension, String value) {
        return values(dimension).contains(value);
    }

    SearchRequest request(PageRequest paging) {
        Map<String, Set<String>> facets = new LinkedHashMap<>(filters);
        Set<String> types = facets.remove("type");
        Set<String> tags = facets.remove("tag");
        return new SearchRequest(
                text,
                types,
                tags,
                facets,
                InvalidSearchDate.parse(from, "from"),
                InvalidSearchDate.parse(to, "to"),
                paging);
    }

    SearchState toggled(String dimension, String value) {
        Map<String, Set<String>> changed = new LinkedHashMap<>(filters);
        Set<String> values = new LinkedHashSet<>(values(dimension));
        if (!values.remove(value)) {
            values.add(value);
        }
        changed.put(dimension, values);
        return new SearchState(text, changed, from, to);
    }

    SearchState withText(String other) {
        return new SearchState(other, filters, from, to);
    }

    /** This search as a page address, without its page number. */
    public String href() {
        StringBuilder url = new StringBuilder("/recherche?q=").append(encode(text));
        filters.forEach(
                (dimension, values) ->
                        values.forEach(
                                v ->
                                        url.append('&')
                                                .append(dimension)
                                                .append('=')
                                                .append(encode(v))));
        if (!from.isEmpty()) {
            url.append("&from=").append(encode(from));
        }
        if (!to.isEmpty()) {
            url.append("&to=").append(encode(to));
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
