package org.relais.library.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.persistence.StartupTask;
import org.relais.platform.upload.FileStore;
import org.relais.search.extraction.ExtractedText;
import org.relais.search.extraction.ExtractionFailure;
import org.relais.search.extraction.TextExtraction;

/**
 * Reads the text of deposited kit files for the search index, after the deposit committed and on
 * its own thread: extraction takes seconds per file (a child JVM runs Tika, see {@link
 * TextExtraction}) and must never hold or fail the depositor's transaction.
 *
 * <p>The database is the queue: a {@code kit_file} row without {@code extracted_at} waits. Right
 * after a kit is written on this instance (the outbox row's commit), and every minute for what a
 * crash or another instance left, the waiting files are extracted one by one; each result (the
 * text, or the failure's name when there is none: an image, an encrypted PDF, a timeout) is stored
 * on the row with a search outbox entry for its kit, so the kit's document is rebuilt with its
 * files' text. A failure is recorded and never retried: it is a property of the file. The work runs
 * on one thread of its own (from the container's thread factory), so a slow file never delays the
 * search indexer or the other scheduled tasks sharing the managed executor.
 */
@ApplicationScoped
public class KitTextExtraction implements StartupTask {
    private static final Logger LOG = Logger.getLogger(KitTextExtraction.class.getName());
    private static final int BATCH = 20;
    private static final long PERIOD_SECONDS = 60;

    @Resource ManagedThreadFactory threads;
    @Inject KitTextRecords records;
    @Inject FileStore store;
    @Inject TextExtraction extraction;

    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;
    private volatile boolean started;

    @Override
    public int order() {
        return 220;
    }

    @Override
    public void run() {
        executor = Executors.newSingleThreadScheduledExecutor(threads);
        // The first pass waits a whole period: at a first start with the demo, a dozen kits' files
        // would each start an extraction JVM while the server is still starting up.
        executor.scheduleWithFixedDelay(
                this::extractQuietly, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
        started = true;
    }

    /** A kit was written here: its new files are extracted now rather than at the next pass. */
    void afterKitWrite(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) SearchOutbox.Written written) {
        if (!started
                || !KitService.KIT_TYPE.equals(written.entityType())
                || !wakeUpPending.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(
                    () -> {
                        wakeUpPending.set(false);
                        extractQuietly();
                    });
        } catch (RuntimeException e) {
            wakeUpPending.set(false);
            LOG.log(Level.FINE, "Extraction immédiate refusée, la prochaine passe la fera", e);
        }
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void extractQuietly() {
        try {
            extractPending();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Échec de l'extraction du texte des fichiers de kits", e);
        }
    }

    /** Extracts every waiting file; returns how many were recorded. */
    synchronized int extractPending() {
        int done = 0;
        for (List<KitTextRecords.Pending> batch = records.pending(BATCH);
                !batch.isEmpty();
                batch = records.pending(BATCH)) {
            for (KitTextRecords.Pending file : batch) {
                records.record(file.fileId(), extract(file));
                done++;
            }
        }
        return done;
    }

    private ExtractedText extract(KitTextRecords.Pending file) {
        if (!mayHoldText(file.mediaType())) {
            return ExtractedText.failed(ExtractionFailure.UNSUPPORTED);
        }
        Optional<Path> stored = store.open(file.sha256());
        if (stored.isEmpty()) {
            LOG.warning(
                    () ->
                            "Fichier de kit absent du stockage : "
                                    + file.fileName()
                                    + " "
                                    + file.sha256());
            return ExtractedText.failed(ExtractionFailure.UNAVAILABLE);
        }
        return extraction.extract(stored.get());
    }

    /** Images, sounds and videos have no text for Tika's modules: no child JVM for them. */
    static boolean mayHoldText(String mediaType) {
        return !(mediaType.startsWith("image/")
                || mediaType.startsWith("audio/")
                || mediaType.startsWith("video/"));
    }
}
