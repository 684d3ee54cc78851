package org.relais.platform.paging;

import java.util.List;

/** A page of a list, as every list of the API answers: {@code {"items","total","page","size"}}. */
public record PageJson<T>(List<T> items, long total, int page, int size) {
    /** A complete, short list given as one page. */
    public static <T> PageJson<T> all(List<T> items) {
        return new PageJson<>(items, items.size(), 1, Math.max(items.size(), 1));
    }

    public static <T> PageJson<T> of(List<T> items, long total, PageRequest request) {
        return new PageJson<>(items, total, request.page(), request.size());
    }
}
