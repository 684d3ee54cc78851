package org.relais.library.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a kit says about itself, as checked by the service: the description is Markdown source.
 *
 * @param durationMinutes may be null
 * @param level may be null
 */
public record KitDetails(
        String title,
        String summary,
        String description,
        String audience,
        Integer durationMinutes,
        KitLevel level,
        List<String> tags,
        List<String> places) {

    public KitDetails {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        description = description == null ? "" : description;
        tags = tags == null ? List.of() : List.copyOf(tags);
        places = places == null ? List.of() : List.copyOf(places);
    }
}
