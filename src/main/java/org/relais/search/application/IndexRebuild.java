package org.relais.search.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.platform.outbox.Searchable;
import org.relais.search.infrastructure.SearchIndex;

/**
 * A full rebuild of the index from the database (ARCHITECTURE §5), not from the outbox whose old
 * rows are pruned. It remembers the newest outbox id, fills a new index folder page by page from
 * every {@link Searchable} (one short transaction per page) while searches keep using the live
 * index and the indexer keeps it current, then applies the outbox entries committed since it began
 * and swaps the new index in. Progress is kept for the status API and the admin page.
 */
@ApplicationScoped
public class IndexRebuild {
    private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());
    static final int PAGE = 500;

    @Resource ManagedExecutorService executor;
    @Resource ManagedThreadFactory threads;
    @Inject OutboxReader reader;
    @Inject SearchIndex index;
    @Inject OutboxIndexer indexer;
    @Inject Clock clock;

    private volatile Progress progress = Progress.idle();

    /** Where a rebuild stands; all that the status JSON and the admin page show. */
    public record Progress(
            State state,
            String reason,
            String error,
            long total,
            long done,
            long failed,
            Instant startedAt,
            Instant finishedAt,
            Long lastDurationMillis,
            double documentsPerSecond,
            Long secondsLeft,
            int percent) {
        public enum State {
            IDLE,
            RUNNING,
            FAILED
        }

        static Progress idle() {
            return new Progress(State.IDLE, null, null, 0, 0, 0, null, null, null, 0, null, 0);
        }

        public boolean running() {
            return state == State.RUNNING;
        }

        /** The figures after {@code done} documents of {@code total}, at {@code now}. */
        static Progress running(
                String reason,
                long total,
                long done,
                long failed,
                Instant started,
                Instant now,
                Long lastDuration) {
            double seconds = Math.max(1, Duration.between(started, now).toMillis()) / 1000.0;
            double rate = done / seconds;
            Long left = rate > 0 ? Math.round(Math.max(0, total - done) / rate) : null;
            int percent = total == 0 ? 0 : (int) Math.min(99, done * 100 / total);
            return new Progress(
                    State.RUNNING,
                    reason,
                    null,
                    total,
                    done,
                    failed,
                    started,
                    null,
                    lastDuration,
                    Math.round(rate * 10) / 10.0,
                    left,
                    percent);
        }
    }

    public Progress progress() {
        return progress;
    }

    /**
     * Starts a rebuild in the background unless one is running; {@code reason} says who asked
     * (admin, missing, corrupt, schema, pruned, ahead). Returns false if one was already running.
     */
    public synchronized boolean start(String reason) {
        if (progress.running()) {
            return false;
        }
        Instant now = clock.instant();
        progress = Progress.running(reason, 0, 0, 0, now, now, progress.lastDurationMillis());
        executor.submit(() -> run(reason, now));
        return true;
    }

    /** Runs a rebuild on the calling thread (start-up of an empty index, tests). */
    void run(String reason, Instant started) {
        Long lastDuration = progress.lastDurationMillis();
        SearchIndex.Build build = null;
        // Lucene analyses a page on a thread of its own while the next page is read from the
        // database: each took about half of a rebuild's time, one after the other.
        ExecutorService writer = Executors.newSingleThreadExecutor(threads);
        CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);
        try {
            long since = reader.latest();
            index.skipTo(since);
            long total = reader.total();
            progress =
                    Progress.running(reason, total, 0, 0, started, clock.instant(), lastDuration);
            build = index.newBuild();
            SearchIndex.Build target = build;
            long done = 0;
            long failed = 0;
            for (Searchable searchable : reader.searchables()) {
                String after = null;
                while (true) {
                    OutboxReader.Page page = reader.page(searchable, after, PAGE);
                    if (page.read() == 0) {
                        break;
                    }
                    await(writing);
                    writing = CompletableFuture.runAsync(() -> write(target, page), writer);
                    done += page.read();
                    failed += page.failed();
                    after = page.lastId();
                    progress =
                            Progress.running(
                                    reason,
                                    Math.max(total, done),
                                    done,
                                    failed,
                                    started,
                                    clock.instant(),
                                    lastDuration);
                    if (page.read() < PAGE) {
                        break;
                    }
                }
            }
            await(writing);
            SearchIndex.Build finished = build;
            long checkpoint = catchUp(finished, since);
            indexer.exclusively(() -> index.swap(finished, catchUp(finished, checkpoint)));
            Instant end = clock.instant();
            long millis = Duration.between(started, end).toMillis();
            progress =
                    new Progress(
                            Progress.State.IDLE,
                            reason,
                            null,
                            done,
                            done,
                            failed,
                            started,
                            end,
                            millis,
                            progress.documentsPerSecond(),
                            0L,
                            100);
            LOG.info(
                    () ->
                            "Index de recherche reconstruit : "
                                    + index.size()
                                    + " documents en "
                                    + millis
                                    + " ms");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Échec de la reconstruction de l'index de recherche", e);
            if (build != null) {
                writing.exceptionally(ignored -> null).join();
                build.abandon();
            }
            Progress was = progress;
            progress =
                    new Progress(
                            Progress.State.FAILED,
                            reason,
                            String.valueOf(e.getMessage()),
                            was.total(),
                            was.done(),
                            was.failed(),
                            started,
                            clock.instant(),
                            lastDuration,
                            was.documentsPerSecond(),
                            null,
                            was.percent());
        } finally {
            writer.shutdown();
        }
    }

    private static void write(SearchIndex.Build build, OutboxReader.Page page) {
        try {
            build.write(page.changes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the page being written; its failure is the rebuild's. */
    private static void await(CompletableFuture<Void> writing) throws IOException {
        try {
            writing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** Applies to the build the outbox entries after {@code from}; returns the new checkpoint. */
    private long catchUp(SearchIndex.Build build, long from) throws IOException {
        long checkpoint = from;
        while (true) {
            OutboxReader.Batch batch =
                    reader.read(checkpoint, OutboxIndexer.BATCH, (entry, error) -> true);
            build.write(batch.changes());
            checkpoint = Math.max(checkpoint, batch.lastId());
            if (batch.read() < OutboxIndexer.BATCH) {
                return checkpoint;
            }
        }
    }
}
