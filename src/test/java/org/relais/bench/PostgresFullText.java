package org.relais.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL full-text baseline of B1 over the forum and Q&A tables the application wrote:
 * {@code to_tsvector('french', …)} expression GIN indexes created by the benchmark, then the 20
 * best documents by {@code ts_rank} for a {@code websearch_to_tsquery} (words, "phrases"),
 * optionally restricted to one tag. Topics are searched by title, posts and answers by body,
 * questions by title and body.
 */
final class PostgresFullText implements AutoCloseable {
    private static final String TOPIC = "to_tsvector('french', t.title)";
    private static final String POST = "to_tsvector('french', p.body_markdown)";
    private static final String QUESTION = "to_tsvector('french', x.title || ' ' || x.body_source)";
    private static final String ANSWER = "to_tsvector('french', a.body_source)";

    private final Connection connection;
    private final PreparedStatement plain;
    private final PreparedStatement tagged;

    PostgresFullText(Connection connection) throws SQLException {
        this.connection = connection;
        this.plain = connection.prepareStatement(sql(false));
        this.tagged = connection.prepareStatement(sql(true));
    }

    /** Creates the GIN indexes and refreshes the planner's statistics; returns the time taken. */
    static long createIndexes(Connection connection) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute(index("bench_fts_topic", "forum_topic t", TOPIC));
            s.execute(index("bench_fts_post", "forum_post p", POST));
            s.execute(index("bench_fts_question", "qa_question x", QUESTION));
            s.execute(index("bench_fts_answer", "qa_answer a", ANSWER));
            s.execute("ANALYZE forum_topic, forum_post, qa_question, qa_answer, qa_question_tag");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String index(String name, String table, String expression) {
        String bare = table.substring(0, table.indexOf(' '));
        String column = expression.replaceAll("\\b[tpxa]\\.", "");
        return "CREATE INDEX IF NOT EXISTS " + name + " ON " + bare + " USING GIN (" + column + ")";
    }

    /** Runs the query and reads its rows; returns how many came back (at most 20). */
    int search(String query, String tag) throws SQLException {
        PreparedStatement statement = tag == null ? plain : tagged;
        int p = 1;
        for (int part = 0; part < 4; part++) {
            statement.setString(p++, query);
            if (tag != null) {
                statement.setString(p++, part < 2 ? "% " + tag + " %" : tag);
            }
        }
        int rows = 0;
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                rows++;
            }
        }
        return rows;
    }

    private static String sql(boolean tagged) {
        String topicTag = tagged ? " AND (' ' || t.tag_slugs || ' ') LIKE ?" : "";
        String postTag =
                tagged
                        ? " AND EXISTS (SELECT 1 FROM forum_topic tt WHERE tt.id = p.topic_id"
                                + " AND (' ' || tt.tag_slugs || ' ') LIKE ?)"
                        : "";
        String questionTag =
                tagged
                        ? " AND EXISTS (SELECT 1 FROM qa_question_tag g"
                                + " WHERE g.question_id = x.id AND g.tag = ?)"
                        : "";
        String answerTag =
                tagged
                        ? " AND EXISTS (SELECT 1 FROM qa_question_tag g"
                                + " WHERE g.question_id = a.question_id AND g.tag = ?)"
                        : "";
        return "SELECT kind, id, rank FROM ("
                + part("forum.topic", "t.id", "forum_topic t", TOPIC, topicTag)
                + " UNION ALL "
                + part("forum.post", "p.id", "forum_post p", POST, postTag)
                + " UNION ALL "
                + part("qa.question", "x.id", "qa_question x", QUESTION, questionTag)
                + " UNION ALL "
                + part("qa.answer", "a.id", "qa_answer a", ANSWER, answerTag)
                + ") hits ORDER BY rank DESC LIMIT 20";
    }

    private static String part(String kind, String id, String table, String vector, String filter) {
        return "SELECT '"
                + kind
                + "' AS kind, "
                + id
                + " AS id, ts_rank("
                + vector
                + ", query) AS rank FROM "
                + table
                + ", websearch_to_tsquery('french', ?) query WHERE "
                + vector
                + " @@ query"
                + filter;
    }

    @Override
    public void close() throws SQLException {
        plain.close();
        tagged.close();
        connection.close();
    }
}
