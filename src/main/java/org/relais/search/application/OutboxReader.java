package org.relais.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.relais.platform.outbox.OutboxEntry;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.outbox.Searchable;
import org.relais.search.infrastructure.SearchIndex;

/**
 * Reads a batch of outbox entries and the current state of their entities in one read-only
 * transaction, so that every document of a batch comes from the same moment of the database.
 */
@ApplicationScoped
public class OutboxReader {
    @Inject SearchOutbox outbox;
    @Inject Instance<Searchable> searchables;

    /** The changes read, and the id of the last entry they cover. */
    public record Batch(List<SearchIndex.Change> changes, long lastId, int read) {}

    /**
     * Entries after {@code checkpoint}, at most {@code limit}. When building a document fails,
     * {@code onFailure} decides: true skips the entry (indexed as absent), false ends the batch
     * before it so that it is retried.
     */
    @Transactional
    public Batch read(
            long checkpoint, int limit, BiPredicate<OutboxEntry, RuntimeException> onFailure) {
        List<OutboxEntry> entries = outbox.after(checkpoint, limit);
        Map<String, Searchable> byType = new HashMap<>();
        searchables.forEach(s -> byType.put(s.entityType(), s));
        List<SearchIndex.Change> changes = new ArrayList<>();
        long last = checkpoint;
        for (OutboxEntry entry : entries) {
            Optional<Searchable.Document> document;
            try {
                document = documentOf(entry, byType.get(entry.entityType()));
            } catch (RuntimeException e) {
                if (!onFailure.test(entry, e)) {
                    break;
                }
                document = Optional.empty();
            }
            changes.add(new SearchIndex.Change(keyOf(entry), document));
            last = entry.id();
        }
        return new Batch(changes, last, entries.size());
    }

    /** How many entries wait after the checkpoint, up to {@code limit}. */
    @Transactional
    public int pending(long checkpoint, int limit) {
        return outbox.after(checkpoint, limit).size();
    }

    static String keyOf(OutboxEntry entry) {
        return entry.entityType() + ":" + entry.entityId();
    }

    private static Optional<Searchable.Document> documentOf(
            OutboxEntry entry, Searchable searchable) {
        if (searchable == null || entry.operation() == OutboxEntry.Operation.DELETE) {
            return Optional.empty();
        }
        return searchable.document(entry.entityId());
    }
}
