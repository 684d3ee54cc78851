package org.relais.library.web;

import org.relais.library.domain.FileFamily;
import org.relais.library.domain.KitFilter;
import org.relais.platform.text.Tags;

/** Reads the list filters from query parameters; an unknown value means no filter. */
public final class KitFilters {
    private KitFilters() {}

    public static KitFilter of(String tag, String licence, String type) {
        String slug = tag == null || tag.isBlank() ? null : Tags.normalize(tag).orElse(null);
        String licenceId = licence == null || licence.isBlank() ? null : licence.strip();
        return new KitFilter(slug, licenceId, family(type));
    }

    static FileFamily family(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return FileFamily.fromSlug(type.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
