package org.relais.search.application;

import java.util.Set;
import org.relais.platform.paging.PageRequest;

/** What a visitor searches: words (with "phrases" and -exclusions), facet filters, a page. */
public record SearchRequest(String text, Set<String> types, Set<String> tags, PageRequest page) {
    public SearchRequest {
        text = text == null ? "" : text.strip();
        types = types == null ? Set.of() : Set.copyOf(types);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
