package org.relais.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
import org.apache.lucene.store.FSDirectory;
import org.relais.search.infrastructure.FoldedWordsAnalyzer;
import org.relais.search.infrastructure.FoldingFrenchAnalyzer;
import org.relais.search.infrastructure.SearchIndex;

/**
 * The B7 baseline: the forum and Q&A documents read from the database in one query per kind, then
 * indexed in this process with plain Lucene — the application's analyzers and field layout, one
 * {@link IndexWriter} on disk, a single commit at the end. Only the indexing is timed.
 */
final class RawLuceneIndexing {
    private static final long DATE = 1_795_000_000_000L;

    record Text(String key, String type, String title, String body, List<String> tags) {}

    private static final String[] QUERIES = {
        "SELECT 'forum.topic', t.id, t.title, p.body_markdown, t.tag_slugs FROM forum_topic t"
                + " JOIN forum_post p ON p.topic_id = t.id AND p.post_number = 1",
        // an opening post is its topic's document, not one of its own (as in the application)
        "SELECT 'forum.post', p.id, t.title, p.body_markdown, t.tag_slugs FROM forum_post p"
                + " JOIN forum_topic t ON t.id = p.topic_id WHERE p.post_number > 1",
        "SELECT 'qa.question', x.id, x.title, x.body_source, (SELECT string_agg(g.tag, ' ')"
                + " FROM qa_question_tag g WHERE g.question_id = x.id) FROM qa_question x",
        "SELECT 'qa.answer', a.id, x.title, a.body_source, (SELECT string_agg(g.tag, ' ')"
                + " FROM qa_question_tag g WHERE g.question_id = x.id) FROM qa_answer a"
                + " JOIN qa_question x ON x.id = a.question_id"
    };

    static List<Text> fetch(Connection connection) throws SQLException {
        List<Text> texts = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            for (String sql : QUERIES) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        String tags = rs.getString(5);
                        texts.add(
                                new Text(
                                        rs.getString(1) + ":" + rs.getLong(2),
                                        rs.getString(1),
                                        rs.getString(3),
                                        rs.getString(4),
                                        tags == null || tags.isBlank()
                                                ? List.of()
                                                : List.of(tags.trim().split(" +"))));
                    }
                }
            }
        }
        return texts;
    }

    /** Indexes the texts into a fresh folder; returns the milliseconds it took. */
    static long index(List<Text> texts) throws IOException {
        Path folder = Files.createTempDirectory("relais-bench-lucene-");
        try {
            long start = System.nanoTime();
            FacetsConfig facets = SearchIndex.facetsConfig();
            PerFieldAnalyzerWrapper analyzer =
                    new PerFieldAnalyzerWrapper(
                            new FoldingFrenchAnalyzer(),
                            Map.of(
                                    SearchIndex.WORDS, new FoldedWordsAnalyzer(),
                                    SearchIndex.TITLE_WORDS, new FoldedWordsAnalyzer()));
            try (FSDirectory directory = FSDirectory.open(folder);
                    IndexWriter writer =
                            new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (Text text : texts) {
                    writer.addDocument(facets.build(document(text)));
                }
                writer.commit();
            }
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Document document(Text text) {
        Document doc = new Document();
        doc.add(new StringField(SearchIndex.KEY, text.key(), Field.Store.YES));
        doc.add(new StringField(SearchIndex.TYPE, text.type(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(SearchIndex.TYPE, text.type()));
        doc.add(new TextField(SearchIndex.TITLE, text.title(), Field.Store.YES));
        doc.add(new TextField(SearchIndex.BODY, text.body(), Field.Store.YES));
        doc.add(new TextField(SearchIndex.TAGS, String.join(" ", text.tags()), Field.Store.NO));
        for (String tag : text.tags()) {
            doc.add(new StringField(SearchIndex.TAG, tag, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(SearchIndex.TAG, tag));
        }
        doc.add(
                new TextField(
                        SearchIndex.WORDS, text.title() + "\n" + text.body(), Field.Store.NO));
        doc.add(new TextField(SearchIndex.TITLE_WORDS, text.title(), Field.Store.NO));
        doc.add(new StringField(SearchIndex.VISIBILITY, "public", Field.Store.NO));
        doc.add(new StoredField(SearchIndex.URL, "/" + text.key()));
        doc.add(new LongPoint(SearchIndex.DATE, DATE));
        doc.add(new NumericDocValuesField(SearchIndex.DATE, DATE));
        doc.add(new StoredField(SearchIndex.DATE, DATE));
        return doc;
    }
}
