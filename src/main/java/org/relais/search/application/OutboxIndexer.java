package org.relais.search.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.platform.outbox.OutboxEntry;
import org.relais.platform.persistence.StartupTask;
import org.relais.search.infrastructure.SearchIndex;

/**
 * Keeps this instance's index current from the shared search outbox (ARCHITECTURE §5). It runs on
 * its own thread, never inside a user's transaction: every 200 ms it reads the entries after the
 * index's checkpoint, asks the owning capability for each entity's current state and commits the
 * batch with its new checkpoint. A document that cannot be built stops the batch before it and is
 * retried with a growing delay; after {@link #MAX_ATTEMPTS} it is reported and skipped.
 */
@ApplicationScoped
public class OutboxIndexer implements StartupTask {
    private static final Logger LOG = Logger.getLogger(OutboxIndexer.class.getName());
    static final int BATCH = 500;
    static final int MAX_ATTEMPTS = 5;
    private static final long PERIOD_MILLIS = 200;

    @Resource ManagedScheduledExecutorService executor;
    @Inject OutboxReader reader;
    @Inject SearchIndex index;
    @Inject IndexRebuild rebuild;

    private final Map<Long, Failure> failures = new LinkedHashMap<>();
    private volatile Instant retryAfter = Instant.MIN;

    /** An outbox entry whose document could not be built. */
    public record Failure(long outboxId, String key, int attempts, String error, boolean skipped) {}

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void run() {
        index.open();
        String reason = index.rebuildReason();
        if (reason == null && reader.missedPruned(index.checkpoint())) {
            reason = "pruned";
        }
        if (reason != null) {
            LOG.info("Reconstruction de l'index de recherche : " + reason);
            rebuild.start(reason);
        }
        executor.scheduleWithFixedDelay(
                this::drainQuietly, 1000, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void drainQuietly() {
        if (Instant.now().isBefore(retryAfter)) {
            return;
        }
        try {
            while (drain() == BATCH) {
                // keep going while whole batches come back
            }
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.SEVERE, "Échec de l'indexation de recherche", e);
            retryAfter = Instant.now().plusSeconds(5);
        }
    }

    /** Indexes one batch; returns how many outbox entries it read. */
    synchronized int drain() throws IOException {
        long checkpoint = index.checkpoint();
        OutboxReader.Batch batch = reader.read(checkpoint, BATCH, this::giveUp);
        if (batch.lastId() > checkpoint) {
            index.apply(batch.changes(), batch.lastId());
        }
        return batch.read();
    }

    /** Records a failure; true once the entry has failed too often and is skipped. */
    private boolean giveUp(OutboxEntry entry, RuntimeException error) {
        String key = OutboxReader.keyOf(entry);
        Failure previous = failures.get(entry.id());
        int attempts = previous == null ? 1 : previous.attempts() + 1;
        boolean skip = attempts >= MAX_ATTEMPTS;
        failures.put(
                entry.id(),
                new Failure(entry.id(), key, attempts, String.valueOf(error.getMessage()), skip));
        LOG.log(Level.WARNING, "Document de recherche impossible à construire : " + key, error);
        if (!skip) {
            retryAfter = Instant.now().plus(backOff(attempts));
        }
        return skip;
    }

    static Duration backOff(int attempts) {
        return Duration.ofSeconds(Math.min(60, 1L << Math.min(attempts, 6)));
    }

    /** What the admin page and the status API show. */
    public synchronized Status status() {
        long checkpoint = index.checkpoint();
        long pending = reader.pending(checkpoint, BATCH + 1);
        long latest = reader.latest();
        return new Status(
                checkpoint,
                pending,
                index.size(),
                List.copyOf(failures.values()),
                latest,
                Math.max(0, latest - checkpoint),
                rebuild.progress());
    }

    /**
     * The index status: {@code pending} counts up to {@value #BATCH}+1 entries after the
     * checkpoint, {@code lag} is the distance in ids to the newest outbox entry.
     */
    public record Status(
            long checkpoint,
            long pending,
            int documents,
            List<Failure> failures,
            long latest,
            long lag,
            IndexRebuild.Progress rebuild) {}

    /** Work on the index that must not interleave with a drain (the swap of a rebuild). */
    interface IndexWork {
        void run() throws IOException;
    }

    synchronized void exclusively(IndexWork work) throws IOException {
        work.run();
        failures.clear();
    }
}
