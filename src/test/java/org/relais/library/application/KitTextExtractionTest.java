package org.relais.library.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.relais.platform.upload.FileStore;
import org.relais.search.extraction.ExtractedText;
import org.relais.search.extraction.ExtractionFailure;
import org.relais.search.extraction.ExtractionLimits;
import org.relais.search.extraction.SampleFiles;
import org.relais.search.extraction.TextExtraction;

/** The extraction pass over waiting kit files, with the real child JVM and an in-memory queue. */
@Timeout(60)
class KitTextExtractionTest {
    @TempDir Path root;

    /** The waiting rows of kit_file, and what gets recorded for each. */
    static final class QueueRecords extends KitTextRecords {
        final List<Pending> waiting = new ArrayList<>();
        final Map<String, ExtractedText> recorded = new LinkedHashMap<>();

        @Override
        public List<Pending> pending(int limit) {
            return List.copyOf(waiting.subList(0, Math.min(limit, waiting.size())));
        }

        @Override
        public void record(long fileId, ExtractedText result) {
            Pending file =
                    waiting.stream().filter(p -> p.fileId() == fileId).findFirst().orElseThrow();
            waiting.remove(file);
            recorded.put(file.fileName(), result);
        }
    }

    @Test
    void recordsTheTextOfEachWaitingFileOrWhyThereIsNone() {
        FileStore store = new FileStore(root.resolve("files"));
        String pdf =
                store.store(
                                new ByteArrayInputStream(
                                        SampleFiles.pdf("Les arnaques au colis en attente", null)))
                        .sha256();
        String png = store.store(new ByteArrayInputStream(SampleFiles.png())).sha256();
        QueueRecords records = new QueueRecords();
        records.waiting.add(new KitTextRecords.Pending(1, "quiz.pdf", "application/pdf", pdf));
        records.waiting.add(new KitTextRecords.Pending(2, "photo.png", "image/png", png));
        records.waiting.add(
                new KitTextRecords.Pending(3, "perdu.pdf", "application/pdf", "f".repeat(64)));

        KitTextExtraction job = new KitTextExtraction();
        job.records = records;
        job.store = store;
        job.extraction =
                new TextExtraction(
                        new ExtractionLimits(
                                5L << 20, 100_000, Duration.ofSeconds(30), 3, 200, "128m"),
                        1);

        assertEquals(3, job.extractPending());

        assertTrue(records.waiting.isEmpty());
        ExtractedText quiz = records.recorded.get("quiz.pdf");
        assertTrue(quiz.succeeded(), () -> "failure " + quiz.failure());
        assertTrue(quiz.text().contains("arnaques au colis"), quiz.text());
        assertEquals(ExtractionFailure.UNSUPPORTED, records.recorded.get("photo.png").failure());
        assertEquals(ExtractionFailure.UNAVAILABLE, records.recorded.get("perdu.pdf").failure());
    }

    @Test
    void removesNulCharactersPostgresqlCannotStore() {
        assertEquals("abc", KitTextRecords.clean(" a\u0000bc\n"));
    }
}
