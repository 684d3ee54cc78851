package org.relais.agenda.domain;

import java.util.Objects;
import java.util.Set;
import org.relais.platform.error.RuleViolation;

/**
 * The image shown with an event: a file of the file store (named by its SHA-256), the type read
 * from its content at upload, and the alternative text that replaces it for people who do not see
 * it (RGAA 1.1 and 1.2: an informative image carries a text alternative, so an image without one is
 * refused rather than shown with an empty {@code alt}).
 */
public record EventImage(String sha256, String mediaType, String alt) {
    public static final int ALT_MAX = 250;

    /** The types a browser shows inline without any plug-in, and that cannot carry a script. */
    public static final Set<String> TYPES = Set.of("image/png", "image/jpeg", "image/webp");

    public EventImage {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        alt = alternativeText(alt);
    }

    /**
     * The alternative text as typed, trimmed; refused (field {@code imageAlt}) when blank or longer
     * than {@link #ALT_MAX}.
     */
    public static String alternativeText(String typed) {
        String alt = typed == null ? "" : typed.strip();
        if (alt.isEmpty()) {
            throw RuleViolation.of("imageAlt", "agenda.image.alt-missing");
        }
        if (alt.length() > ALT_MAX) {
            throw RuleViolation.of("imageAlt", "agenda.image.alt-too-long", ALT_MAX);
        }
        return alt;
    }

    /** A new alternative text for the same file. */
    public EventImage describedAs(String newAlt) {
        return new EventImage(sha256, mediaType, newAlt);
    }
}
