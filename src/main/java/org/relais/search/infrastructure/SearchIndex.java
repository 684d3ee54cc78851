package org.relais.search.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.relais.platform.config.DataDirectory;
import org.relais.platform.outbox.Searchable;

/**
 * The Lucene index of this instance, under {@code <data-dir>/index} (or the folder named by {@code
 * <data-dir>/index.current} once a rebuild has swapped in a new one). Each commit records, in its
 * own user data, the last outbox entry it contains, so the index and its checkpoint can never
 * disagree after a crash: the indexer resumes from what was really committed.
 */
@ApplicationScoped
public class SearchIndex {
    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    /**
     * Bumped when fields, analysis or what documents hold change: the index is then rebuilt from
     * the database (5: bodies are the text of the rendered Markdown, events name their place; 6: a
     * topic's opening post is no longer a document of its own; 7: the author's name is indexed, so
     * that a member's documents are found again when their name changes or is erased).
     */
    public static final String SCHEMA_VERSION = "7";

    static final String POINTER = "index.current";
    static final String DEFAULT_FOLDER = "index";
    static final String CHECKPOINT = "outbox";
    static final String VERSION = "schema";
    public static final String KEY = "key";
    public static final String ID = "id";
    public static final String TYPE = "type";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String TAGS = "tags";
    public static final String TAG = "tag";
    public static final String PLACE = "place";
    public static final String AUTHOR = "author";
    public static final String AUTHOR_NAME = "author_name";
    public static final String DATE = "date";
    public static final String URL = "url";
    public static final String VISIBILITY = "visibility";
    public static final String WORDS = "words";
    public static final String TITLE_WORDS = "title_words";
    public static final String OWNER = "owner";

    /** The facets of {@code Document.facets()} that are counted; all of them can be filtered. */
    public static final java.util.Set<String> COUNTED_FACETS =
            java.util.Set.of("place", "region", "licence", "filetype");

    /** The indexed field of a value of {@code Document.facets()}, e.g. {@code facet.licence}. */
    public static String facetField(String name) {
        return "facet." + name;
    }

    @Inject DataDirectory dataDirectory;

    /** Flushed segments up to this size stay in memory until a commit (MB)… */
    private static final double NRT_CACHED_SEGMENT_MB = 4.0;

    /** …as long as those held stay under this (MB). */
    private static final double NRT_CACHE_MB = 32.0;

    private final FoldingFrenchAnalyzer analyzer = new FoldingFrenchAnalyzer();
    private final Analyzer indexAnalyzer =
            new PerFieldAnalyzerWrapper(
                    analyzer,
                    Map.of(
                            WORDS,
                            new FoldedWordsAnalyzer(),
                            TITLE_WORDS,
                            new FoldedWordsAnalyzer()));
    private final FacetsConfig facets = facetsConfig();
    private Path root;
    private Path folder;
    private Directory directory;
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    private long checkpoint;
    private String rebuildReason;

    /**
     * How often applied batches are committed (fsync) with their checkpoint. Searches see a batch
     * as soon as it is applied, from the writer's near-real-time readers; a crash loses at most
     * this much of the index, which the outbox replays from the committed checkpoint.
     */
    Duration commitEvery = Duration.ofSeconds(1);

    /**
     * Taken before this object's own lock by whatever commits the live writer or replaces it, so
     * that a commit never runs on a writer being swapped out or closed.
     */
    private final Object commitLock = new Object();

    private boolean uncommitted;
    private long lastCommitNanos;

    /** One entity's new state: a document to store, or empty to remove it. */
    public record Change(String key, Optional<Searchable.Document> document) {}

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(TAG, true);
        return config;
    }

    public FoldingFrenchAnalyzer analyzer() {
        return analyzer;
    }

    public FacetsConfig facets() {
        return facets;
    }

    /** Opens the live index of the data directory; see {@link #openAt}. */
    public synchronized void open() {
        if (writer != null) {
            return;
        }
        openAt(dataDirectory.resolve("."));
    }

    /**
     * Opens the live index kept under {@code root} (tests use a temporary folder). An index that is
     * missing, unreadable or of another schema version is replaced by an empty one and {@link
     * #rebuildReason()} says why a rebuild from the database is needed.
     */
    public synchronized void openAt(Path root) {
        this.root = root;
        rebuildReason = null;
        try {
            folder = root.resolve(currentFolder(root));
            Map<String, String> committed;
            try {
                committed = openWriter(folder);
            } catch (IOException | RuntimeException corrupt) {
                LOG.log(Level.WARNING, "Index de recherche illisible, reconstruction", corrupt);
                closeQuietly();
                Path broken = folder;
                folder = root.resolve(newFolderName());
                committed = openWriter(folder);
                writePointer(folder);
                deleteFolder(broken);
                rebuildReason = "corrupt";
            }
            if (SCHEMA_VERSION.equals(committed.get(VERSION))) {
                checkpoint = Long.parseLong(committed.getOrDefault(CHECKPOINT, "0"));
            } else {
                if (rebuildReason == null) {
                    rebuildReason = committed.isEmpty() ? "missing" : "schema";
                }
                writer.deleteAll();
                checkpoint = 0;
                commit(writer, checkpoint);
            }
            searchers = new SearcherManager(writer, null);
            uncommitted = false;
            lastCommitNanos = System.nanoTime();
            deleteUnusedFolders();
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible d'ouvrir l'index de recherche", e);
        }
    }

    private Map<String, String> openWriter(Path at) throws IOException {
        directory = open(at);
        writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer));
        Map<String, String> committed = new HashMap<>();
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(e -> committed.put(e.getKey(), e.getValue()));
        }
        if (DirectoryReader.indexExists(directory)) {
            DirectoryReader.open(writer).close(); // reads every segment: fails if corrupt
        }
        return committed;
    }

    /**
     * The index folder, its small new segments kept in memory until the next commit writes them
     * out: each applied batch becomes a tiny segment for the near-real-time reader, and writing its
     * files to disk first would only delay the moment searches see it. A crash loses nothing the
     * outbox cannot replay, since only committed segments count at restart.
     */
    private static Directory open(Path at) throws IOException {
        return new NRTCachingDirectory(FSDirectory.open(at), NRT_CACHED_SEGMENT_MB, NRT_CACHE_MB);
    }

    /** Why the opened index must be rebuilt (missing, corrupt, schema), or null if it is sound. */
    public synchronized String rebuildReason() {
        return rebuildReason;
    }

    /**
     * Moves the checkpoint of an index that is empty because it was just replaced: the rebuild
     * about to run reads everything up to {@code outboxId} from the database itself.
     */
    public void skipTo(long outboxId) throws IOException {
        synchronized (commitLock) {
            synchronized (this) {
                if (rebuildReason != null && checkpoint < outboxId) {
                    checkpoint = outboxId;
                    commit(writer, checkpoint);
                }
            }
        }
    }

    /** The id of the last outbox entry the committed index contains. */
    public synchronized long checkpoint() {
        return checkpoint;
    }

    /**
     * Applies a batch of changes and refreshes readers, so that searches see it at once. It is
     * committed with its checkpoint later, by {@link #commitIfDue} or {@link #close}.
     */
    public synchronized void apply(List<Change> changes, long lastOutboxId) throws IOException {
        write(writer, changes);
        checkpoint = Math.max(checkpoint, lastOutboxId);
        uncommitted = true;
        searchers.maybeRefreshBlocking();
    }

    /**
     * Commits applied batches and their checkpoint if the last commit is {@link #commitEvery} old.
     * The commit (an fsync) holds only the commit lock, so batches keep being applied meanwhile: it
     * contains at least every batch up to the checkpoint it records, which is all a restart needs.
     */
    public void commitIfDue() throws IOException {
        synchronized (commitLock) {
            IndexWriter target;
            long committing;
            synchronized (this) {
                if (!uncommitted || System.nanoTime() - lastCommitNanos < commitEvery.toNanos()) {
                    return;
                }
                target = writer;
                committing = checkpoint;
                uncommitted = false;
            }
            try {
                commit(target, committing);
            } catch (IOException | RuntimeException e) {
                synchronized (this) {
                    uncommitted = true;
                }
                throw e;
            }
            synchronized (this) {
                lastCommitNanos = System.nanoTime();
            }
        }
    }

    private void commitLive() throws IOException {
        commit(writer, checkpoint);
        uncommitted = false;
        lastCommitNanos = System.nanoTime();
    }

    private void write(IndexWriter target, List<Change> changes) throws IOException {
        for (Change change : changes) {
            Term key = new Term(KEY, change.key());
            if (change.document().isPresent()) {
                target.updateDocument(
                        key, facets.build(toLucene(change.key(), change.document().get())));
            } else {
                target.deleteDocuments(key);
            }
        }
    }

    /** Starts a new index in a new folder, filled by a rebuild while this one keeps serving. */
    public synchronized Build newBuild() throws IOException {
        Path target = root.resolve(newFolderName());
        Directory dir = open(target);
        return new Build(target, dir, new IndexWriter(dir, new IndexWriterConfig(indexAnalyzer)));
    }

    /** An index being rebuilt, invisible to searches until {@link #swap}. */
    public final class Build {
        private final Path folder;
        private final Directory directory;
        private final IndexWriter writer;

        private Build(Path folder, Directory directory, IndexWriter writer) {
            this.folder = folder;
            this.directory = directory;
            this.writer = writer;
        }

        public void write(List<Change> changes) throws IOException {
            SearchIndex.this.write(writer, changes);
        }

        /** Gives up the build and deletes its folder. */
        public void abandon() {
            try {
                writer.rollback();
                directory.close();
                deleteFolder(folder);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Index abandonné non supprimé : " + folder, e);
            }
        }
    }

    /**
     * Makes a finished build the live index at the given checkpoint: commits it, points {@code
     * index.current} at it (atomic rename), opens searchers on it, then closes and deletes the old
     * folder. A search running meanwhile finishes on the old readers or retries on the new ones.
     */
    public void swap(Build build, long buildCheckpoint) throws IOException {
        synchronized (commitLock) {
            swapLocked(build, buildCheckpoint);
        }
    }

    private synchronized void swapLocked(Build build, long buildCheckpoint) throws IOException {
        commit(build.writer, buildCheckpoint);
        SearcherManager fresh = new SearcherManager(build.writer, null);
        writePointer(build.folder);
        SearcherManager oldSearchers = searchers;
        IndexWriter oldWriter = writer;
        Directory oldDirectory = directory;
        Path oldFolder = folder;
        searchers = fresh;
        writer = build.writer;
        directory = build.directory;
        folder = build.folder;
        checkpoint = buildCheckpoint;
        rebuildReason = null;
        uncommitted = false;
        lastCommitNanos = System.nanoTime();
        oldSearchers.close();
        oldWriter.close();
        oldDirectory.close();
        deleteFolder(oldFolder);
    }

    public <T> T search(Function<IndexSearcher, T> work) {
        while (true) {
            SearcherManager manager = searchers;
            IndexSearcher searcher;
            try {
                searcher = manager.acquire();
            } catch (AlreadyClosedException swapped) {
                if (manager == searchers) {
                    throw swapped;
                }
                continue; // swapped to a rebuilt index meanwhile: use the new one
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return work.apply(searcher);
            } finally {
                try {
                    manager.release(searcher);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "Lecteur de recherche déjà fermé", e);
                }
            }
        }
    }

    /** The keys ({@code type:id}) of the documents signed with exactly this author's name. */
    public List<String> keysByAuthor(String author) {
        Query byAuthor = new TermQuery(new Term(AUTHOR_NAME, author));
        return search(
                searcher -> {
                    try {
                        int count = searcher.count(byAuthor);
                        if (count == 0) {
                            return List.of();
                        }
                        StoredFields fields = searcher.storedFields();
                        List<String> keys = new ArrayList<>(count);
                        for (ScoreDoc hit : searcher.search(byAuthor, count).scoreDocs) {
                            keys.add(fields.document(hit.doc, Set.of(KEY)).get(KEY));
                        }
                        return keys;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    public int size() {
        return search(searcher -> searcher.getIndexReader().numDocs());
    }

    private static void commit(IndexWriter target, long outboxId) throws IOException {
        target.setLiveCommitData(
                Map.of(CHECKPOINT, Long.toString(outboxId), VERSION, SCHEMA_VERSION).entrySet());
        target.commit();
    }

    private static String currentFolder(Path root) throws IOException {
        Path pointer = root.resolve(POINTER);
        if (Files.isRegularFile(pointer)) {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            if (name.matches("index(-[0-9]+)?")) {
                return name;
            }
        }
        return DEFAULT_FOLDER;
    }

    private static String newFolderName() {
        return "index-" + System.currentTimeMillis();
    }

    private void writePointer(Path target) throws IOException {
        Path temporary = root.resolve(POINTER + ".tmp");
        Files.writeString(temporary, target.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(
                temporary,
                root.resolve(POINTER),
                StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Removes what a rebuild interrupted by a crash left: index folders other than the live one.
     */
    private void deleteUnusedFolders() throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.toList()) {
                String name = child.getFileName().toString();
                if (Files.isDirectory(child)
                        && name.matches("index(-[0-9]+)?")
                        && !child.equals(folder)) {
                    LOG.info(() -> "Index de recherche inutilisé supprimé : " + name);
                    deleteFolder(child);
                }
            }
        }
    }

    private static void deleteFolder(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        try (Stream<Path> files = Files.walk(target)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void closeQuietly() {
        try {
            if (writer != null) {
                writer.rollback();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Fermeture de l'index illisible", e);
        }
        writer = null;
        directory = null;
    }

    static Document toLucene(String key, Searchable.Document source) {
        Document doc = new Document();
        doc.add(new StringField(KEY, key, Field.Store.YES));
        doc.add(new StoredField(ID, source.id()));
        doc.add(new StringField(TYPE, source.type(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(TYPE, source.type()));
        doc.add(new TextField(TITLE, nonNull(source.title()), Field.Store.YES));
        doc.add(new TextField(BODY, nonNull(source.body()), Field.Store.YES));
        doc.add(
                new TextField(
                        TAGS, String.join(" ", source.tags()).replace('-', ' '), Field.Store.NO));
        for (String tag : source.tags()) {
            doc.add(new StringField(TAG, tag, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(TAG, tag));
        }
        doc.add(
                new TextField(
                        WORDS,
                        nonNull(source.title()) + "\n" + nonNull(source.body()),
                        Field.Store.NO));
        doc.add(new TextField(TITLE_WORDS, nonNull(source.title()), Field.Store.NO));
        doc.add(new StoredField(PLACE, nonNull(source.place())));
        doc.add(new StoredField(AUTHOR, nonNull(source.author())));
        if (source.author() != null && !source.author().isBlank()) {
            doc.add(new StringField(AUTHOR_NAME, source.author(), Field.Store.NO));
        }
        doc.add(new StoredField(URL, source.url()));
        doc.add(new StringField(VISIBILITY, source.visibility(), Field.Store.NO));
        if (source.owner() != null) {
            doc.add(new StringField(OWNER, source.owner().toString(), Field.Store.NO));
        }
        source.facets()
                .forEach(
                        (name, value) -> {
                            if (value != null && !value.isBlank()) {
                                doc.add(new StringField(facetField(name), value, Field.Store.NO));
                                if (COUNTED_FACETS.contains(name)) {
                                    doc.add(new SortedSetDocValuesFacetField(name, value));
                                }
                            }
                        });
        if (source.date() != null) {
            long epoch = source.date().toInstant().toEpochMilli();
            doc.add(new LongPoint(DATE, epoch));
            doc.add(new NumericDocValuesField(DATE, epoch));
            doc.add(new StoredField(DATE, epoch));
        }
        return doc;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    @PreDestroy
    public void close() {
        synchronized (commitLock) {
            closeLocked();
        }
    }

    private synchronized void closeLocked() {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null && uncommitted) {
                commitLive();
            }
            if (writer != null) {
                writer.close();
            }
            if (directory != null) {
                directory.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
