package org.relais.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.relais.platform.time.WallClock;

/**
 * The transactional search outbox (ARCHITECTURE §5): a use case that changes searchable content
 * calls {@link #changed} or {@link #removed} inside its own transaction, so the row commits or
 * rolls back with the change. The indexer, not the user's request, later updates the index.
 */
@ApplicationScoped
public class SearchOutbox {
    @PersistenceContext(unitName = "relais")
    EntityManager em;

    /** When a row was written, even for demo content dated in the past: pruning goes by it. */
    @Inject @WallClock Clock clock;

    @Inject Event<Written> written;
    @Inject Event<AuthorRenamed> authorRenamed;

    /**
     * Fired for each row recorded; observers after the transaction's success (the indexer) learn
     * that there is something new to index.
     */
    public record Written(String entityType) {}

    /**
     * Fired, inside the transaction, when a member's name changes or is erased: documents are
     * signed with the name their author had when they were indexed, so search finds those signed
     * {@code formerName} and records a change for each, to be indexed again under the new name.
     */
    public record AuthorRenamed(String formerName) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public void authorRenamed(String formerName) {
        authorRenamed.fire(new AuthorRenamed(formerName));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String entityType, Object entityId) {
        record(entityType, entityId, OutboxEntry.Operation.UPSERT);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void removed(String entityType, Object entityId) {
        record(entityType, entityId, OutboxEntry.Operation.DELETE);
    }

    /** Entries after the given id, oldest first: what an indexer has still to apply. */
    public List<OutboxEntry> after(long lastSeenId, int limit) {
        return em.createQuery(
                        "select e from OutboxEntry e where e.id > :last order by e.id",
                        OutboxEntry.class)
                .setParameter("last", lastSeenId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Entries with ids from {@code from} to {@code to} (inclusive), oldest first. */
    public List<OutboxEntry> between(long from, long to, int limit) {
        return em.createQuery(
                        "select e from OutboxEntry e where e.id between :from and :to order by e.id",
                        OutboxEntry.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The id of the newest entry, or 0 when the outbox is empty. */
    public long latestId() {
        Long id =
                em.createQuery("select max(e.id) from OutboxEntry e", Long.class).getSingleResult();
        return id == null ? 0 : id;
    }

    /** The id of the oldest entry still kept, or 0 when the outbox is empty. */
    public long oldestId() {
        Long id =
                em.createQuery("select min(e.id) from OutboxEntry e", Long.class).getSingleResult();
        return id == null ? 0 : id;
    }

    /**
     * Deletes the entries created before {@code cutoff}, except the newest entry of all: it keeps
     * telling an instance that comes back after a long absence which ids it missed. Safe to run on
     * several instances at once (it removes by age only).
     */
    @Transactional
    public int prune(OffsetDateTime cutoff) {
        long newest = latestId();
        return em.createQuery(
                        "delete from OutboxEntry e where e.createdAt < :cutoff and e.id < :newest")
                .setParameter("cutoff", cutoff)
                .setParameter("newest", newest)
                .executeUpdate();
    }

    private void record(String entityType, Object entityId, OutboxEntry.Operation operation) {
        if (entityId == null) {
            // An id still null means the entity was persisted but not flushed: such a row could
            // never be indexed, so the write fails rather than leaving a document unfindable.
            throw new IllegalStateException("search outbox: no id yet for a " + entityType);
        }
        em.persist(
                new OutboxEntry(
                        entityType,
                        String.valueOf(entityId),
                        operation,
                        OffsetDateTime.now(clock)));
        written.fire(new Written(entityType));
    }
}
