package org.relais.search.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extraction service end to end: each case starts a real child JVM with Tika, as in the server.
 * Hostile files must come back as failure values, quickly.
 */
@Timeout(60)
class TextExtractionTest {
    private static final ExtractionLimits LIMITS =
            new ExtractionLimits(5L * 1024 * 1024, 100_000, Duration.ofSeconds(30), 3, 200, "128m");

    private final TextExtraction extraction = new TextExtraction(LIMITS, 2);

    private ExtractedText extract(byte[] file) {
        return extraction.extract(new ByteArrayInputStream(file));
    }

    @Test
    void readsTheTextOfAPdf() {
        ExtractedText result = extract(SampleFiles.pdf("Atelier demarches en ligne", null));
        assertTrue(result.succeeded(), () -> "failure " + result.failure());
        assertTrue(result.text().contains("Atelier demarches en ligne"), result.text());
    }

    @Test
    void readsTheTextOfADocxAndAnOdt() {
        ExtractedText docx = extract(SampleFiles.docx("Fiche animateur : imprimante 3D"));
        assertTrue(docx.succeeded(), () -> "failure " + docx.failure());
        assertTrue(docx.text().contains("Fiche animateur : imprimante 3D"), docx.text());

        ExtractedText odt = extract(SampleFiles.odt("Déroulé de la séance sur la messagerie"));
        assertTrue(odt.succeeded(), () -> "failure " + odt.failure());
        assertTrue(odt.text().contains("Déroulé de la séance sur la messagerie"), odt.text());
    }

    @Test
    void readsEveryDocumentOfAZippedKitFolder() {
        byte[] kit =
                SampleFiles.zip(
                        new String[] {"kit/deroule.odt", "kit/support.pdf", "kit/photo.png"},
                        SampleFiles.odt("Deroule : creer son adresse e-mail"),
                        SampleFiles.pdf("Support imprimable pour les participants", null),
                        SampleFiles.png());
        ExtractedText result = extract(kit);
        assertTrue(result.succeeded(), () -> "failure " + result.failure());
        assertTrue(result.text().contains("creer son adresse e-mail"), result.text());
        assertTrue(result.text().contains("Support imprimable"), result.text());
    }

    @Test
    void anImageHasNoText() {
        assertEquals(ExtractionFailure.UNSUPPORTED, extract(SampleFiles.png()).failure());
    }

    @Test
    void aPasswordProtectedPdfIsReportedAsEncrypted() {
        assertEquals(
                ExtractionFailure.ENCRYPTED,
                extract(SampleFiles.pdf("Confidentiel", "secret")).failure());
    }

    @Test
    void aTruncatedPdfIsMalformed() {
        byte[] pdf = SampleFiles.pdf("Une page qui sera coupee", null);
        byte[] truncated = Arrays.copyOf(pdf, 40);
        assertEquals(ExtractionFailure.MALFORMED, extract(truncated).failure());
    }

    @Test
    void anOversizedFileIsNotRead() {
        TextExtraction small =
                new TextExtraction(
                        new ExtractionLimits(1000, 100, Duration.ofSeconds(5), 1, 1, "64m"), 1);
        long start = System.nanoTime();
        ExtractedText result = small.extract(new ByteArrayInputStream(new byte[2000]));
        assertEquals(ExtractionFailure.TOO_LARGE, result.failure());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1000);
    }

    @Test
    void tooMuchTextIsCutAtTheLimit() {
        byte[] text = "médiation ".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        ExtractedText result = extract(text);
        assertEquals(ExtractionFailure.TOO_MUCH_TEXT, result.failure());
        assertEquals(LIMITS.maxCharacters(), result.text().length());
    }

    @Test
    void aNestedZipBombIsStoppedAtTheDepthLimit() {
        // 10^6 text files of 8 kB once unfolded, 4 levels deep
        byte[] bomb = SampleFiles.nestedBomb(6, 10);
        assertTrue(bomb.length < 200_000, "bomb size " + bomb.length);
        assertEquals(ExtractionFailure.TOO_COMPLEX, extract(bomb).failure());
    }

    @Test
    void aHighlyCompressedEntryIsStopped() {
        byte[] bomb = SampleFiles.flatBomb(200);
        assertTrue(bomb.length < 1_000_000, "bomb size " + bomb.length);
        ExtractedText result = extract(bomb);
        assertTrue(
                result.failure() == ExtractionFailure.TOO_COMPLEX
                        || result.failure() == ExtractionFailure.TOO_MUCH_TEXT,
                () -> "failure " + result.failure());
        assertTrue(result.text().length() <= LIMITS.maxCharacters());
    }

    @Test
    void aParseOverTimeIsKilled() {
        TextExtraction hurried =
                new TextExtraction(
                        new ExtractionLimits(1_000_000, 1000, Duration.ofMillis(150), 1, 1, "64m"),
                        1);
        long start = System.nanoTime();
        ExtractedText result = hurried.extract(new ByteArrayInputStream(SampleFiles.docx("lent")));
        assertEquals(ExtractionFailure.TIMEOUT, result.failure());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5000);
        assertTrue(
                ProcessHandle.current()
                        .children()
                        .noneMatch(
                                p -> p.info().commandLine().orElse("").contains("ExtractionChild")),
                "the child process is gone");
    }

    @Test
    void namesEachJarOfTheExtractionFolderWhateverItsEnding(@TempDir Path folder)
            throws IOException {
        Files.createFile(folder.resolve("tika-parsers.lib"));
        Files.createFile(folder.resolve("poi.jar"));
        Files.createFile(folder.resolve("LISEZMOI.txt"));
        Files.createDirectory(folder.resolve("cache.lib"));

        assertEquals(
                List.of(
                        folder.resolve("poi.jar").toString(),
                        folder.resolve("tika-parsers.lib").toString()),
                TextExtraction.extractionJars(folder));
    }
}
