package org.relais.search.extraction;

/**
 * Why a file gave no text, or only part of it. Each reason has a message key under {@code
 * extraction.failure.}, so pages and the library can say it in French.
 */
public enum ExtractionFailure {
    /** The file is larger than the input limit: it was not read at all. */
    TOO_LARGE,
    /** Parsing took longer than the time limit: the child process was killed. */
    TIMEOUT,
    /** The file is protected by a password. */
    ENCRYPTED,
    /** No text can be read from this type (images, audio, video, unknown binaries). */
    UNSUPPORTED,
    /** The file is damaged or not what its content claims to be. */
    MALFORMED,
    /** The text is longer than the character limit: the text is cut at the limit. */
    TOO_MUCH_TEXT,
    /**
     * Archives nested too deep, too many embedded files, a suspicious compression ratio, or a parse
     * that ran out of its memory: the signs of a zip bomb.
     */
    TOO_COMPLEX,
    /** The extraction process could not be started or answered nothing readable. */
    UNAVAILABLE;

    /** The key of the French (and English) explanation in the message bundles. */
    public String messageKey() {
        return "extraction.failure." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
