package org.relais.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
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
    private static final Logger LOG = Logger.getLogger(OutboxReader.class.getName());
    @Inject SearchOutbox outbox;
    @Inject Instance<Searchable> searchables;

    /**
     * Set to flush at commit only in these read-only transactions: by default every entity already
     * read in the batch would be checked for changes before each later query (half the indexer's
     * time at 500 entries a batch, in a flight recording of the benchmark's load), yet nothing read
     * here is ever changed.
     */
    @PersistenceContext(unitName = "relais")
    EntityManager em;

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
        em.setFlushMode(FlushModeType.COMMIT);
        List<OutboxEntry> entries = outbox.after(checkpoint, limit);
        List<SearchIndex.Change> changes = new ArrayList<>();
        List<Long> done = new ArrayList<>();
        documents(entries, onFailure, changes, done);
        return new Batch(
                changes, done.isEmpty() ? checkpoint : done.get(done.size() - 1), entries.size());
    }

    /**
     * What the live indexer reads: the entries that appeared inside the open {@code gaps}, then at
     * most {@code limit} entries after {@code after}.
     */
    public record GapBatch(
            List<SearchIndex.Change> changes, List<Long> gapIds, List<Long> newIds, int read) {}

    @Transactional
    public GapBatch read(
            long after,
            List<OutboxGaps.Gap> gaps,
            int limit,
            BiPredicate<OutboxEntry, RuntimeException> onFailure) {
        em.setFlushMode(FlushModeType.COMMIT);
        List<SearchIndex.Change> changes = new ArrayList<>();
        List<Long> gapIds = new ArrayList<>();
        for (OutboxGaps.Gap gap : gaps) {
            List<OutboxEntry> found = outbox.between(gap.from(), gap.to(), limit);
            if (!documents(found, onFailure, changes, gapIds)) {
                return new GapBatch(changes, gapIds, List.of(), 0);
            }
        }
        List<OutboxEntry> entries = outbox.after(after, limit);
        List<Long> newIds = new ArrayList<>();
        documents(entries, onFailure, changes, newIds);
        return new GapBatch(changes, gapIds, newIds, entries.size());
    }

    /**
     * Builds the documents of {@code entries} in order into {@code changes}, noting each id done;
     * false when a failing document stopped it before the end (it is retried later).
     */
    private boolean documents(
            List<OutboxEntry> entries,
            BiPredicate<OutboxEntry, RuntimeException> onFailure,
            List<SearchIndex.Change> changes,
            List<Long> done) {
        Map<String, Searchable> byType = new HashMap<>();
        searchables.forEach(s -> byType.put(s.entityType(), s));
        Map<String, Optional<Searchable.Document>> built = built(entries, byType);
        for (OutboxEntry entry : entries) {
            Optional<Searchable.Document> document;
            try {
                document =
                        built.containsKey(keyOf(entry))
                                ? built.get(keyOf(entry))
                                : documentOf(entry, byType.get(entry.entityType()));
            } catch (RuntimeException e) {
                if (!onFailure.test(entry, e)) {
                    return false;
                }
                document = Optional.empty();
            }
            changes.add(new SearchIndex.Change(keyOf(entry), document));
            done.add(entry.id());
        }
        return true;
    }

    /**
     * The documents of the changed (not deleted) entities of {@code entries}, by key, each type's
     * read together ({@link Searchable#documents}). A type whose batch fails is left out: its
     * entries are built one by one, so that the failing one is found and reported.
     */
    static Map<String, Optional<Searchable.Document>> built(
            List<OutboxEntry> entries, Map<String, Searchable> byType) {
        Map<String, Set<String>> idsByType = new LinkedHashMap<>();
        for (OutboxEntry entry : entries) {
            if (entry.operation() != OutboxEntry.Operation.DELETE
                    && byType.containsKey(entry.entityType())) {
                idsByType
                        .computeIfAbsent(entry.entityType(), type -> new LinkedHashSet<>())
                        .add(entry.entityId());
            }
        }
        Map<String, Optional<Searchable.Document>> built = new HashMap<>();
        idsByType.forEach(
                (type, ids) -> built.putAll(together(byType.get(type), List.copyOf(ids))));
        return built;
    }

    /**
     * The documents of these entities of one type, built together, by key; none if that failed: the
     * caller then builds them one by one, to find and report the failing one.
     */
    private static Map<String, Optional<Searchable.Document>> together(
            Searchable searchable, List<String> ids) {
        Map<String, Optional<Searchable.Document>> built = new HashMap<>();
        try {
            List<Optional<Searchable.Document>> documents = searchable.documents(ids);
            for (int i = 0; i < ids.size(); i++) {
                built.put(searchable.entityType() + ":" + ids.get(i), documents.get(i));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Documents en échec ensemble, repris un par un", e);
            built.clear();
        }
        return built;
    }

    /** How many entries wait after the checkpoint, up to {@code limit}. */
    @Transactional
    public int pending(long checkpoint, int limit) {
        return outbox.after(checkpoint, limit).size();
    }

    /** One page of a rebuild: the documents of some entities of a type, and where to go on. */
    public record Page(List<SearchIndex.Change> changes, String lastId, int read, int failed) {}

    /**
     * The current documents of the entities of {@code type} after {@code afterId}, read in one
     * short transaction, all at once ({@link Searchable#documents}); if that fails, one by one, and
     * an entity whose document cannot be built is counted as failed and left out.
     */
    @Transactional
    public Page page(Searchable searchable, String afterId, int limit) {
        em.setFlushMode(FlushModeType.COMMIT);
        List<String> ids = searchable.ids(afterId, limit);
        List<SearchIndex.Change> changes = new ArrayList<>();
        int failed = 0;
        Map<String, Optional<Searchable.Document>> built = together(searchable, ids);
        for (String id : ids) {
            String key = searchable.entityType() + ":" + id;
            try {
                changes.add(
                        new SearchIndex.Change(
                                key,
                                built.containsKey(key) ? built.get(key) : searchable.document(id)));
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "Document de recherche impossible à construire : " + key, e);
            }
        }
        return new Page(
                changes, ids.isEmpty() ? afterId : ids.get(ids.size() - 1), ids.size(), failed);
    }

    /** Every capability that feeds the index. */
    public List<Searchable> searchables() {
        List<Searchable> all = new ArrayList<>();
        searchables.forEach(all::add);
        return all;
    }

    /** How many entities all capabilities hold: the total of a rebuild. */
    @Transactional
    public long total() {
        long total = 0;
        for (Searchable searchable : searchables) {
            total += searchable.count();
        }
        return total;
    }

    /** The newest outbox id, 0 if none. */
    @Transactional
    public long latest() {
        return outbox.latestId();
    }

    /**
     * True when entries after {@code checkpoint} have already been pruned: the oldest kept entry is
     * beyond the next one this index expects, so only a rebuild can bring the missing changes.
     */
    @Transactional
    public boolean missedPruned(long checkpoint) {
        return behind(checkpoint, outbox.oldestId());
    }

    static boolean behind(long checkpoint, long oldestKept) {
        return oldestKept > checkpoint + 1;
    }

    /**
     * True when the index holds more than the database: its checkpoint is beyond the newest outbox
     * id, which pruning always keeps. The database lost its last commits (an H2 file database
     * killed before writing them out) or was restored from an older backup: the index may hold
     * documents of rows that no longer exist, and the ids after the newest one will be given again
     * to new entries the indexer would take as already indexed, so only a rebuild brings them in
     * step.
     */
    @Transactional
    public boolean aheadOfDatabase(long checkpoint) {
        return ahead(checkpoint, outbox.latestId());
    }

    static boolean ahead(long checkpoint, long newest) {
        return checkpoint > newest;
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
