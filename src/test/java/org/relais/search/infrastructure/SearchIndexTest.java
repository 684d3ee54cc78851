package org.relais.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.platform.outbox.Searchable;

/** The index on disk: why it asks for a rebuild, and the swap of a rebuilt index under searches. */
class SearchIndexTest {
    @TempDir Path root;

    private SearchIndex index = new SearchIndex();

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aMissingIndexAsksForARebuildAndASoundOneDoesNot() throws Exception {
        index.openAt(root);
        assertEquals("missing", index.rebuildReason());
        index.apply(List.of(change("tag:numerique", "Numérique")), 7);
        index.close();

        index = new SearchIndex();
        index.openAt(root);
        assertNull(index.rebuildReason());
        assertEquals(7, index.checkpoint());
        assertEquals(1, index.size());
    }

    @Test
    void anAppliedBatchIsSearchableAtOnceAndCommittedAtTheLatestOnClose() throws Exception {
        index.commitEvery = Duration.ofHours(1);
        index.openAt(root);
        index.skipTo(2);
        index.apply(List.of(change("tag:numerique", "Numérique")), 7);
        assertEquals(1, index.size(), "searchable before any commit");
        assertEquals(0, committedDocuments(), "not yet on disk");
        index.commitIfDue();
        assertEquals(0, committedDocuments(), "the last commit is too recent");

        index.commitEvery = Duration.ZERO;
        index.commitIfDue();
        assertEquals(1, committedDocuments());

        index.commitEvery = Duration.ofHours(1);
        index.apply(List.of(change("tag:atelier", "Atelier")), 9);
        assertEquals(1, committedDocuments());
        index.close();
        index = new SearchIndex();
        index.openAt(root);
        assertEquals(9, index.checkpoint(), "closing commits the checkpoint of the last batch");
        assertEquals(2, index.size());
    }

    private int committedDocuments() throws IOException {
        try (Directory directory = FSDirectory.open(root.resolve("index"));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    @Test
    void anUnreadableIndexIsReplacedAndAsksForARebuild() throws Exception {
        index.openAt(root);
        index.apply(List.of(change("tag:numerique", "Numérique")), 3);
        index.close();
        try (Stream<Path> files = Files.list(root.resolve("index"))) {
            for (Path file :
                    files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }

        index = new SearchIndex();
        index.openAt(root);
        assertEquals("corrupt", index.rebuildReason());
        assertEquals(0, index.size());
        assertFalse(Files.exists(root.resolve("index")));
    }

    @Test
    void aSkippedCheckpointOnlyMovesOnAReplacedIndex() throws Exception {
        index.openAt(root);
        index.skipTo(40);
        assertEquals(40, index.checkpoint());
        index.close();

        index = new SearchIndex();
        index.openAt(root);
        index.skipTo(90);
        assertEquals(40, index.checkpoint(), "a sound index keeps its own checkpoint");
    }

    @Test
    void aRebuiltIndexIsSwappedInWhileSearchesKeepAnswering() throws Exception {
        index.openAt(root);
        index.apply(List.of(change("tag:ancien", "Ancien")), 5);
        ExecutorService searchers = Executors.newFixedThreadPool(2);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<Integer>> running = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            running.add(
                    searchers.submit(
                            () -> {
                                int searches = 0;
                                while (!stop.get()) {
                                    index.search(
                                            s -> {
                                                try {
                                                    return s.count(
                                                            new TermQuery(new Term("type", "tag")));
                                                } catch (IOException e) {
                                                    throw new UncheckedIOException(e);
                                                }
                                            });
                                    searches++;
                                }
                                return searches;
                            }));
        }
        for (int round = 0; round < 5; round++) {
            SearchIndex.Build build = index.newBuild();
            List<SearchIndex.Change> changes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                changes.add(change("tag:neuf-" + round + "-" + i, "Neuf " + i));
            }
            build.write(changes);
            Thread.sleep(1); // a new folder name per round
            index.swap(build, 10 + round);
        }
        stop.set(true);
        for (Future<Integer> searches : running) {
            assertTrue(searches.get(10, TimeUnit.SECONDS) > 0); // throws if a search failed
        }
        searchers.shutdown();

        assertEquals(200, index.size());
        assertEquals(14, index.checkpoint());
        try (Stream<Path> folders = Files.list(root)) {
            List<String> names =
                    folders.filter(Files::isDirectory)
                            .map(p -> p.getFileName().toString())
                            .toList();
            assertEquals(1, names.size(), "old folders are deleted: " + names);
            assertEquals(names.get(0), Files.readString(root.resolve(SearchIndex.POINTER)).strip());
        }

        index.close();
        index = new SearchIndex();
        index.openAt(root);
        assertNull(index.rebuildReason());
        assertEquals(200, index.size());
        assertEquals(14, index.checkpoint());
    }

    @Test
    void anAbandonedBuildLeavesNoFolderAndTheLiveIndexUntouched() throws Exception {
        index.openAt(root);
        index.apply(List.of(change("tag:garde", "Gardé")), 2);
        SearchIndex.Build build = index.newBuild();
        build.write(List.of(change("tag:perdu", "Perdu")));
        build.abandon();
        try (Stream<Path> folders = Files.list(root)) {
            assertEquals(1, folders.filter(Files::isDirectory).count());
        }
        assertEquals(1, index.size());
    }

    @Test
    void aBuildLeftByACrashIsDeletedAtTheNextStart() throws Exception {
        index.openAt(root);
        index.apply(List.of(change("tag:garde", "Gardé")), 2);
        index.newBuild().write(List.of(change("tag:perdu", "Perdu")));
        index.close(); // as if the process died: the build is neither swapped nor abandoned

        index = new SearchIndex();
        index.openAt(root);
        try (Stream<Path> folders = Files.list(root)) {
            assertEquals(
                    List.of("index"),
                    folders.filter(Files::isDirectory)
                            .map(p -> p.getFileName().toString())
                            .toList());
        }
        assertEquals(1, index.size());
    }

    private static SearchIndex.Change change(String key, String title) {
        return new SearchIndex.Change(
                key,
                Optional.of(
                        new Searchable.Document(
                                key,
                                "tag",
                                title,
                                "",
                                Set.of(),
                                null,
                                null,
                                OffsetDateTime.parse("2026-11-01T10:00:00+01:00"),
                                "public",
                                "/" + key,
                                Map.of())));
    }
}
