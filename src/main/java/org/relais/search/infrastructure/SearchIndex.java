package org.relais.search.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.relais.platform.config.DataDirectory;
import org.relais.platform.outbox.Searchable;

/**
 * The Lucene index of this instance, under {@code <data-dir>/index}. Each commit records, in its
 * own user data, the last outbox entry it contains, so the index and its checkpoint can never
 * disagree after a crash: the indexer resumes from what was really committed.
 */
@ApplicationScoped
public class SearchIndex {
    /** Bumped when fields or analysis change: the index is then rebuilt from the outbox. */
    public static final String SCHEMA_VERSION = "2";

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
    public static final String DATE = "date";
    public static final String URL = "url";
    public static final String VISIBILITY = "visibility";
    public static final String WORDS = "words";
    public static final String TITLE_WORDS = "title_words";
    public static final String OWNER = "owner";

    /** The facets of {@code Document.facets()} that are counted; all of them can be filtered. */
    public static final java.util.Set<String> COUNTED_FACETS =
            java.util.Set.of("place", "region", "licence");

    /** The indexed field of a value of {@code Document.facets()}, e.g. {@code facet.licence}. */
    public static String facetField(String name) {
        return "facet." + name;
    }

    @Inject DataDirectory dataDirectory;

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
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private long checkpoint;

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

    /** Opens the index, wiping it if it was written with another schema version. */
    public synchronized void open() {
        if (writer != null) {
            return;
        }
        openAt(dataDirectory.resolve("index"));
    }

    /** Opens the index in the given folder (tests use a temporary one). */
    public synchronized void openAt(Path folder) {
        try {
            directory = FSDirectory.open(folder);
            writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer));
            Map<String, String> committed = new HashMap<>();
            writer.getLiveCommitData().forEach(e -> committed.put(e.getKey(), e.getValue()));
            if (SCHEMA_VERSION.equals(committed.get(VERSION))) {
                checkpoint = Long.parseLong(committed.getOrDefault(CHECKPOINT, "0"));
            } else {
                writer.deleteAll();
                checkpoint = 0;
                commit();
            }
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible d'ouvrir l'index de recherche", e);
        }
    }

    /** The id of the last outbox entry the committed index contains. */
    public synchronized long checkpoint() {
        return checkpoint;
    }

    /** Applies a batch of changes, commits them with the new checkpoint and refreshes readers. */
    public synchronized void apply(List<Change> changes, long lastOutboxId) throws IOException {
        for (Change change : changes) {
            Term key = new Term(KEY, change.key());
            if (change.document().isPresent()) {
                writer.updateDocument(
                        key, facets.build(toLucene(change.key(), change.document().get())));
            } else {
                writer.deleteDocuments(key);
            }
        }
        checkpoint = lastOutboxId;
        commit();
        searchers.maybeRefreshBlocking();
    }

    /** Empties the index so that the whole outbox is replayed (admin rebuild). */
    public synchronized void clear() throws IOException {
        writer.deleteAll();
        checkpoint = 0;
        commit();
        searchers.maybeRefreshBlocking();
    }

    public <T> T search(Function<IndexSearcher, T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return search(searcher -> searcher.getIndexReader().numDocs());
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(
                Map.of(CHECKPOINT, Long.toString(checkpoint), VERSION, SCHEMA_VERSION).entrySet());
        writer.commit();
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
    synchronized void close() {
        try {
            if (searchers != null) {
                searchers.close();
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
