package org.relais.library.web;

import org.relais.library.domain.FileFamily;
import org.relais.library.domain.KitFilter;
import org.relais.library.domain.LicenceCatalogue;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.text.Tags;

/**
 * Reads the list filters from query parameters. A licence or a type that Relais does not know is
 * refused with a message naming it, rather than listing every kit as if no filter had been asked.
 */
public final class KitFilters {
    private KitFilters() {}

    public static KitFilter of(String tag, String licence, String type) {
        String slug = tag == null || tag.isBlank() ? null : Tags.normalize(tag).orElse(null);
        return new KitFilter(slug, licence(licence), family(type));
    }

    static String licence(String licence) {
        if (licence == null || licence.isBlank()) {
            return null;
        }
        String id = licence.strip();
        if (LicenceCatalogue.standard().byId(id).isEmpty()) {
            throw RuleViolation.of("licence", "library.filter.licence-unknown", id);
        }
        return id;
    }

    static FileFamily family(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return FileFamily.fromSlug(type.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of("type", "library.filter.type-unknown", type.strip());
        }
    }
}
