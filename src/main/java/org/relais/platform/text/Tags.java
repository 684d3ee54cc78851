package org.relais.platform.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Tags (skills, topics, kits) are short slugs without accents: "Impression 3D" and "impression-3d"
 * are the same tag. Used by every capability that tags things.
 */
public final class Tags {
    public static final int TAG_MAX = 40;

    /** The longest label kept as typed; a longer one reads as its slug. */
    public static final int LABEL_MAX = 60;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Tags() {}

    /** The slug of a tag, or empty if nothing is left of it. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String folded =
                MARKS.matcher(Normalizer.normalize(raw.strip(), Normalizer.Form.NFD))
                        .replaceAll("")
                        .toLowerCase(Locale.ROOT)
                        .replace("œ", "oe")
                        .replace("æ", "ae");
        String slug = NOT_SLUG.matcher(folded).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > TAG_MAX) {
            slug = slug.substring(0, TAG_MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
    }

    /** Splits a comma-separated list typed in a form into its stripped, non-empty parts. */
    public static List<String> splitList(String commaSeparated) {
        List<String> parts = new ArrayList<>();
        if (commaSeparated != null) {
            for (String part : commaSeparated.split(",")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return parts;
    }

    /**
     * The tags as typed, by slug, each with the words typed for it (the first ones when two give
     * the same slug; the slug itself when they are longer than {@link #LABEL_MAX}), in order.
     */
    public static Map<String, String> labelled(Collection<String> raw) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (raw != null) {
            for (String typed : raw) {
                normalize(typed)
                        .ifPresent(
                                slug -> {
                                    String label = typed.strip();
                                    tags.putIfAbsent(
                                            slug, label.length() > LABEL_MAX ? slug : label);
                                });
            }
        }
        return tags;
    }

    /**
     * Stored tags (slug → the words typed, null for tags saved before those words were kept) as
     * they are read: by slug, each with its words or else its slug.
     */
    public static Map<String, String> labelsBySlug(Map<String, String> stored) {
        // by slug: EclipseLink loads such a collection into a map of its own, in no given order
        Map<String, String> labels = new TreeMap<>();
        stored.forEach((slug, label) -> labels.put(slug, label == null ? slug : label));
        return Collections.unmodifiableMap(labels);
    }

    public static Set<String> normalizeAll(Collection<String> raw) {
        Set<String> tags = new LinkedHashSet<>();
        if (raw != null) {
            raw.forEach(tag -> normalize(tag).ifPresent(tags::add));
        }
        return tags;
    }
}
