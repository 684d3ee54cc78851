package org.relais.search.extraction;

import java.util.Objects;
import java.util.Optional;

/**
 * What came out of a file: its text, or the reason it gave none. A failure may still carry the text
 * read before the parse stopped (always so for {@link ExtractionFailure#TOO_MUCH_TEXT}, where the
 * text is cut at the limit), which is worth indexing.
 */
public record ExtractedText(String text, ExtractionFailure failure) {
    public ExtractedText {
        text = Objects.requireNonNullElse(text, "");
    }

    public static ExtractedText of(String text) {
        return new ExtractedText(text, null);
    }

    public static ExtractedText failed(ExtractionFailure failure) {
        return new ExtractedText("", Objects.requireNonNull(failure));
    }

    public Optional<ExtractionFailure> failureReason() {
        return Optional.ofNullable(failure);
    }

    public boolean succeeded() {
        return failure == null;
    }
}
