package org.relais.platform.upload;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The limits every upload must respect, read from MicroProfile Config at run time.
 *
 * <p>Why these limits: a file store is only as safe as the largest thing it accepts. The per-file
 * and per-kit caps bound disk use; the archive limits bound the work an archive can cause when it
 * is inspected or later opened by the text extraction (a 40 KB ZIP can hold gigabytes of zeros,
 * millions of entries, or archives nested inside archives). The uncompressed size is counted from
 * the bytes actually decompressed, never from the sizes an archive declares about itself.
 */
@ApplicationScoped
public class UploadPolicy {
    static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;
    static final long DEFAULT_MAX_KIT_BYTES = 200L * 1024 * 1024;
    static final int DEFAULT_MAX_ENTRIES = 1000;
    static final long DEFAULT_MAX_UNCOMPRESSED_BYTES = 256L * 1024 * 1024;
    static final int DEFAULT_MAX_RATIO = 100;
    static final int DEFAULT_MAX_DEPTH = 3;

    @Inject
    @ConfigProperty(name = "relais.upload.max-file-bytes", defaultValue = "52428800")
    long maxFileBytes;

    @Inject
    @ConfigProperty(name = "relais.upload.max-kit-bytes", defaultValue = "209715200")
    long maxKitBytes;

    @Inject
    @ConfigProperty(name = "relais.upload.archive.max-entries", defaultValue = "1000")
    int maxArchiveEntries;

    @Inject
    @ConfigProperty(
            name = "relais.upload.archive.max-uncompressed-bytes",
            defaultValue = "268435456")
    long maxUncompressedBytes;

    @Inject
    @ConfigProperty(name = "relais.upload.archive.max-ratio", defaultValue = "100")
    int maxCompressionRatio;

    @Inject
    @ConfigProperty(name = "relais.upload.archive.max-depth", defaultValue = "3")
    int maxNestingDepth;

    /** For CDI. */
    public UploadPolicy() {}

    /** For tests and tools, without a container. */
    public UploadPolicy(
            long maxFileBytes,
            long maxKitBytes,
            int maxArchiveEntries,
            long maxUncompressedBytes,
            int maxCompressionRatio,
            int maxNestingDepth) {
        this.maxFileBytes = maxFileBytes;
        this.maxKitBytes = maxKitBytes;
        this.maxArchiveEntries = maxArchiveEntries;
        this.maxUncompressedBytes = maxUncompressedBytes;
        this.maxCompressionRatio = maxCompressionRatio;
        this.maxNestingDepth = maxNestingDepth;
    }

    /** The defaults of the configuration table in the README. */
    public static UploadPolicy defaults() {
        return new UploadPolicy(
                DEFAULT_MAX_FILE_BYTES,
                DEFAULT_MAX_KIT_BYTES,
                DEFAULT_MAX_ENTRIES,
                DEFAULT_MAX_UNCOMPRESSED_BYTES,
                DEFAULT_MAX_RATIO,
                DEFAULT_MAX_DEPTH);
    }

    /** Largest accepted file, in bytes ({@code relais.upload.max-file-bytes}). */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Largest total of one kit version's files ({@code relais.upload.max-kit-bytes}). */
    public long maxKitBytes() {
        return maxKitBytes;
    }

    /** Most entries in one archive, nested archives' entries included. */
    public int maxArchiveEntries() {
        return maxArchiveEntries;
    }

    /** Most bytes an archive may decompress to, nested archives included, counted as streamed. */
    public long maxUncompressedBytes() {
        return maxUncompressedBytes;
    }

    /** Highest ratio of decompressed to compressed bytes of one entry (beyond a first mebibyte). */
    public int maxCompressionRatio() {
        return maxCompressionRatio;
    }

    /** How many archives deep an archive may nest others (an archive in a ZIP is at depth 1). */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }
}
