package org.relais.newsletter.domain;

import java.util.List;

/**
 * One line of a section of the letter: a title, its address on the platform (a path, made absolute
 * when mailed), a short detail (a date and a place, an author…), and what readers are matched on.
 *
 * @param region INSEE region code of an event, null when it has none (online, or unknown)
 */
public record DigestItem(
        String title, String path, String detail, String region, List<String> tags) {
    public DigestItem {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
