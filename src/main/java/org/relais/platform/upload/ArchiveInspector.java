package org.relais.platform.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads a ZIP archive (a kit folder, and the ZIP-based OpenDocument and Office formats) to the last
 * byte without writing anything to disk, and refuses it with a reason when it could hurt whoever
 * opens it: too many entries, too many decompressed bytes (counted as they stream, whatever the
 * headers claim), an entry that decompresses more than the allowed ratio (a zip bomb), archives
 * nested deeper than allowed, an entry named with {@code ../} or an absolute path (zip-slip: it
 * would be written outside the folder it is unpacked into), a Unix symbolic link, an encrypted
 * entry, or another archive format inside.
 *
 * <p>The entries are read through the central directory, as unzip tools and Tika do. A nested ZIP
 * is read into memory (at most {@link #NESTED_IN_MEMORY_MAX} bytes) and inspected the same way, its
 * entries and bytes counting towards the same totals.
 */
public final class ArchiveInspector {
    /** Largest nested archive held in memory while it is inspected. */
    static final int NESTED_IN_MEMORY_MAX = 20 * 1024 * 1024;

    /**
     * Decompressed bytes of an entry that no ratio check applies to (small files compress well).
     */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private static final byte[][] OTHER_ARCHIVES = {
        {0x1f, (byte) 0x8b}, // gzip
        {'B', 'Z', 'h'}, // bzip2
        {(byte) 0xfd, '7', 'z', 'X', 'Z', 0}, // xz
        {'7', 'z', (byte) 0xbc, (byte) 0xaf, 0x27, 0x1c}, // 7-Zip
        {'R', 'a', 'r', '!'}, // RAR
    };

    private final UploadPolicy policy;

    public ArchiveInspector(UploadPolicy policy) {
        this.policy = policy;
    }

    /** Inspects the ZIP file uploaded as {@code fileName}; refuses it with a reason. */
    public ArchiveSummary inspect(String fileName, Path archive) {
        Budget budget = new Budget(fileName);
        Set<String> names = new HashSet<>();
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            inspect(zip, 0, budget, names);
        } catch (UploadRefused refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            // truncated, not a ZIP, an unsupported compression method: nobody could open it either
            throw budget.refused("upload.archive.unreadable");
        }
        return new ArchiveSummary(budget.entries, budget.bytes, names);
    }

    private void inspect(ZipFile zip, int depth, Budget budget, Set<String> names)
            throws IOException {
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            String name = entry.getName();
            budget.countEntry();
            if (unsafePath(name)) {
                throw budget.refused("upload.archive.unsafe-path", name);
            }
            if (entry.isUnixSymlink()) {
                throw budget.refused("upload.archive.symlink", name);
            }
            if (depth == 0) {
                names.add(name);
            }
            if (entry.isDirectory()) {
                continue;
            }
            if (!zip.canReadEntryData(entry)) {
                throw budget.refused("upload.archive.encrypted", name);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                readEntry(entry, in, depth, budget);
            }
        }
    }

    private void readEntry(ZipArchiveEntry entry, InputStream in, int depth, Budget budget)
            throws IOException {
        byte[] head = in.readNBytes(8);
        EntryCounter counter = new EntryCounter(entry, in, budget);
        counter.add(head.length);
        if (isZip(head)) {
            if (depth + 1 > policy.maxNestingDepth()) {
                throw budget.refused("upload.archive.too-deep", policy.maxNestingDepth());
            }
            ByteArrayOutputStream nested = new ByteArrayOutputStream();
            nested.write(head);
            counter.drain(nested);
            try (ZipFile inner =
                    ZipFile.builder()
                            .setSeekableByteChannel(
                                    new SeekableInMemoryByteChannel(nested.toByteArray()))
                            .get()) {
                inspect(inner, depth + 1, budget, new HashSet<>());
            }
            return;
        }
        for (byte[] magic : OTHER_ARCHIVES) {
            if (startsWith(head, magic)) {
                throw budget.refused("upload.archive.other-format", entry.getName());
            }
        }
        counter.drain(null);
    }

    /** Counts the bytes of one entry as they stream, checking the totals and the ratio. */
    private final class EntryCounter {
        private final ZipArchiveEntry entry;
        private final InputStream in;
        private final Budget budget;
        private long bytes;

        EntryCounter(ZipArchiveEntry entry, InputStream in, Budget budget) {
            this.entry = entry;
            this.in = in;
            this.budget = budget;
        }

        void drain(ByteArrayOutputStream keep) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                add(n);
                if (keep != null) {
                    if (keep.size() + n > NESTED_IN_MEMORY_MAX) {
                        throw budget.refused("upload.archive.nested-too-large", entry.getName());
                    }
                    keep.write(buffer, 0, n);
                }
            }
        }

        void add(long n) {
            bytes += n;
            budget.countBytes(n);
            if (bytes > RATIO_GRACE_BYTES
                    && bytes > (double) policy.maxCompressionRatio() * compressed()) {
                throw budget.refused(
                        "upload.archive.ratio", entry.getName(), policy.maxCompressionRatio());
            }
        }

        private long compressed() {
            if (in instanceof InputStreamStatistics statistics) {
                return Math.max(1, statistics.getCompressedCount());
            }
            return Math.max(1, entry.getCompressedSize());
        }
    }

    /** Entries and bytes of the whole upload, nested archives included. */
    private final class Budget {
        private final String fileName;
        private int entries;
        private long bytes;

        Budget(String fileName) {
            this.fileName = fileName;
        }

        void countEntry() {
            if (++entries > policy.maxArchiveEntries()) {
                throw refused("upload.archive.too-many-entries", policy.maxArchiveEntries());
            }
        }

        void countBytes(long n) {
            bytes += n;
            if (bytes > policy.maxUncompressedBytes()) {
                throw refused(
                        "upload.archive.too-large",
                        UploadInspector.megabytes(policy.maxUncompressedBytes()));
            }
        }

        UploadRefused refused(String key, Object... arguments) {
            return new UploadRefused(422, fileName, key, arguments);
        }
    }

    /** {@code ../} anywhere, a leading slash or backslash, a drive letter, a NUL character. */
    static boolean unsafePath(String name) {
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.indexOf('\0') >= 0) {
            return true;
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    static boolean isZip(byte[] head) {
        return head.length >= 4
                && head[0] == 'P'
                && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
