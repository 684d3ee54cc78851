package org.relais.search.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.search.infrastructure.SearchIndex;

/**
 * When an instance starting up rebuilds its index rather than follow the outbox: after a {@code
 * kill -9} the H2 database may have lost its last commits while the index kept them, so the index
 * holds documents of posts that no longer exist and a checkpoint beyond the newest outbox id.
 */
class OutboxIndexerTest {
    @TempDir Path root;

    private final SearchIndex index = new SearchIndex();
    private final FakeOutbox outbox = new FakeOutbox();
    private final OutboxIndexer indexer = new OutboxIndexer();

    @BeforeEach
    void open() throws Exception {
        index.openAt(root);
        index.apply(List.of(), 603); // the index committed entries up to 603
        index.close();
        index.openAt(root);
        OutboxReader reader = new OutboxReader();
        reader.outbox = outbox;
        indexer.reader = reader;
        indexer.index = index;
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void anIndexInStepWithTheOutboxFollowsIt() {
        outbox.oldest = 1;
        outbox.latest = 603;
        assertNull(indexer.rebuildReason());
        outbox.latest = 650;
        assertNull(indexer.rebuildReason(), "other writes since: the indexer reads them");
    }

    @Test
    void anIndexAheadOfTheDatabaseIsRebuilt() {
        outbox.oldest = 1;
        outbox.latest = 583; // the database kept entries up to 583 only
        assertEquals("ahead", indexer.rebuildReason());
    }

    @Test
    void anIndexWhoseNextEntriesWerePrunedIsRebuilt() {
        outbox.oldest = 700;
        outbox.latest = 900;
        assertEquals("pruned", indexer.rebuildReason());
    }

    /** The outbox ids the database holds, without a database. */
    private static final class FakeOutbox extends SearchOutbox {
        long oldest;
        long latest;

        @Override
        public long latestId() {
            return latest;
        }

        @Override
        public long oldestId() {
            return oldest;
        }
    }
}
