package org.relais.search.extraction;

import java.time.Duration;
import java.util.List;

/**
 * The bounds of one extraction. The input and time limits are enforced by the server, the others by
 * the child process; the child's heap is the last guard against a file built to exhaust memory.
 *
 * @param maxBytes largest file read; a larger one is refused before any parsing
 * @param maxCharacters text kept; parsing stops there (Tika's write limit)
 * @param timeout wall-clock time of the child process, start-up included
 * @param maxDepth how deep archives and embedded documents may nest
 * @param maxEntries how many embedded documents (archive entries, attachments) are parsed
 * @param heap the child JVM's {@code -Xmx}, e.g. {@code 256m}
 */
public record ExtractionLimits(
        long maxBytes,
        int maxCharacters,
        Duration timeout,
        int maxDepth,
        int maxEntries,
        String heap) {

    public ExtractionLimits {
        if (maxBytes <= 0 || maxCharacters <= 0 || maxDepth < 0 || maxEntries < 0) {
            throw new IllegalArgumentException("Limites d'extraction invalides");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Délai d'extraction invalide");
        }
        if (!heap.matches("[0-9]+[kmgKMG]?")) {
            throw new IllegalArgumentException("Mémoire d'extraction invalide : " + heap);
        }
    }

    /** The limits the child enforces, as its command-line arguments after the two file paths. */
    List<String> childArguments() {
        return List.of(
                Integer.toString(maxCharacters),
                Integer.toString(maxDepth),
                Integer.toString(maxEntries));
    }
}
