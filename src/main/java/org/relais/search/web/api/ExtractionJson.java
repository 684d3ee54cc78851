package org.relais.search.web.api;

import org.relais.search.extraction.ExtractedText;

/**
 * What the extraction of a file gave: how many characters, the first of them, and if it failed, the
 * reason as a code ({@code TOO_LARGE}, {@code TIMEOUT}, {@code ENCRYPTED}, {@code UNSUPPORTED},
 * {@code MALFORMED}, {@code TOO_MUCH_TEXT}, {@code TOO_COMPLEX}, {@code UNAVAILABLE}) and in words.
 */
public record ExtractionJson(int characters, String text, String failure, String message) {
    static final int SHOWN = 500;

    static ExtractionJson of(ExtractedText result, String message) {
        String text = result.text();
        return new ExtractionJson(
                text.length(),
                text.length() <= SHOWN ? text : text.substring(0, SHOWN),
                result.failure() == null ? null : result.failure().name(),
                message);
    }
}
