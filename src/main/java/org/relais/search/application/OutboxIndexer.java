package org.relais.search.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.platform.outbox.OutboxEntry;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.persistence.StartupTask;
import org.relais.search.infrastructure.SearchIndex;

/**
 * Keeps this instance's index current from the shared search outbox (ARCHITECTURE §5). It runs on
 * its own thread, never inside a user's transaction: right after a local write commits, and every
 * 200 ms for the writes of other instances, it reads the entries after the index's checkpoint, asks
 * the owning capability for each entity's current state and applies the batch, searchable at once.
 * The thread is its own (from the container's thread factory) rather than one of the managed
 * executor shared by every scheduled task, so a write's wake-up never queues behind other work; the
 * durable commit of the index with its checkpoint (an fsync) runs on that shared executor instead,
 * once a second, and never delays a drain. A document that cannot be built stops the batch before
 * it and is retried with a growing delay; after {@link #MAX_ATTEMPTS} it is reported and skipped.
 */
@ApplicationScoped
public class OutboxIndexer implements StartupTask {
    private static final Logger LOG = Logger.getLogger(OutboxIndexer.class.getName());
    static final int BATCH = 500;
    static final int MAX_ATTEMPTS = 5;
    private static final long PERIOD_MILLIS = 200;

    @Resource ManagedScheduledExecutorService sharedExecutor;
    @Resource ManagedThreadFactory threads;
    @Inject OutboxReader reader;
    @Inject SearchIndex index;
    @Inject IndexRebuild rebuild;

    @Inject Clock clock;

    /** How long an outbox id missing below seen ones is waited for (see {@link OutboxGaps}). */
    @Inject
    @ConfigProperty(name = "relais.search.outbox-gap-grace", defaultValue = "PT60S")
    String gapGrace;

    private final Map<Long, Failure> failures = new LinkedHashMap<>();
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;
    private volatile boolean started;
    private OutboxGaps gaps;
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
        String reason = rebuildReason();
        if (reason != null) {
            LOG.info("Reconstruction de l'index de recherche : " + reason);
            rebuild.start(reason);
        }
        executor = Executors.newSingleThreadScheduledExecutor(threads);
        executor.scheduleWithFixedDelay(
                this::drainQuietly, 1000, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        sharedExecutor.scheduleWithFixedDelay(
                this::commitQuietly, 1000, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        started = true;
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /**
     * Why the opened index must be rebuilt from the database rather than follow the outbox: its own
     * reason (missing, corrupt, schema), entries after its checkpoint already pruned, or a
     * checkpoint beyond the newest outbox entry (the database lost commits the index has). Null
     * when the outbox is enough.
     */
    String rebuildReason() {
        String reason = index.rebuildReason();
        if (reason != null) {
            return reason;
        }
        if (reader.missedPruned(index.checkpoint())) {
            return "pruned";
        }
        return reader.aheadOfDatabase(index.checkpoint()) ? "ahead" : null;
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

    private void commitQuietly() {
        try {
            index.commitIfDue();
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.SEVERE, "Échec de l'enregistrement de l'index de recherche", e);
        }
    }

    /**
     * Indexes one batch: what appeared in the open gaps, then new entries. The committed checkpoint
     * stops before the oldest open gap ({@link OutboxGaps}). Returns how many new entries it read.
     */
    synchronized int drain() throws IOException {
        long checkpoint = index.checkpoint();
        if (gaps == null || gaps.highest() < checkpoint) {
            gaps = new OutboxGaps(Duration.parse(gapGrace), checkpoint);
        }
        OutboxReader.GapBatch batch = reader.read(gaps.highest(), gaps.open(), BATCH, this::giveUp);
        long safe = gaps.record(batch.gapIds(), batch.newIds(), clock.instant());
        if (!batch.changes().isEmpty() || safe > checkpoint) {
            index.apply(batch.changes(), Math.max(checkpoint, safe));
        }
        return batch.read();
    }

    /**
     * Drains at once after a transaction that wrote to the outbox committed here, rather than at
     * the next poll: a write is searchable on this instance as soon as its document is built. Other
     * instances see it at their next poll.
     */
    void afterOutboxWrite(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) SearchOutbox.Written written) {
        if (started && wakeUpPending.compareAndSet(false, true)) {
            try {
                executor.execute(
                        () -> {
                            wakeUpPending.set(false);
                            drainQuietly();
                        });
            } catch (RuntimeException e) {
                wakeUpPending.set(false);
                LOG.log(Level.FINE, "Indexation immédiate refusée, la prochaine passe la fera", e);
            }
        }
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
        gaps = null;
    }
}
