package org.relais.library.domain;

import java.util.Locale;

/**
 * The family of a kit file as visitors filter on it ("a PDF", "slides", "a video"), derived from
 * the media type detected from the content.
 */
public enum FileFamily {
    PDF,
    TEXT,
    SLIDES,
    SPREADSHEET,
    IMAGE,
    AUDIO,
    VIDEO,
    ARCHIVE,
    OTHER;

    public static FileFamily of(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (type.equals("application/pdf")) {
            return PDF;
        }
        if (type.startsWith("image/")) {
            return IMAGE;
        }
        if (type.startsWith("audio/")) {
            return AUDIO;
        }
        if (type.startsWith("video/")) {
            return VIDEO;
        }
        if (type.contains("presentation") || type.contains("powerpoint")) {
            return SLIDES;
        }
        if (type.contains("spreadsheet") || type.contains("excel") || type.equals("text/csv")) {
            return SPREADSHEET;
        }
        if (type.contains("zip") || type.contains("compressed")) {
            return ARCHIVE;
        }
        if (type.startsWith("text/")
                || type.contains("wordprocessing")
                || type.contains("opendocument.text")
                || type.contains("msword")) {
            return TEXT;
        }
        return OTHER;
    }

    /** The lower-case name used in URLs, search facets and the list filter. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FileFamily fromSlug(String slug) {
        return valueOf(slug.toUpperCase(Locale.ROOT));
    }
}
