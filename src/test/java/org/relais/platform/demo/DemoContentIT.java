package org.relais.platform.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.relais.accounts.application.DemoMembers;
import org.relais.testing.RelaisProcess;

/**
 * A first start with the demo content shows a community that has lived for months: members who
 * joined over months, topics and questions weeks apart, every reply and answer after what it
 * answers, transfers on several days; and the ledger and the search index are whole.
 */
class DemoContentIT {
    private static final Pattern OPTION = Pattern.compile("-D(relais\\.db\\.[a-z]+)=(\\S+)");

    @Test
    void theDemoIsDatedOverPastMonthsInOrder() throws Exception {
        Path dataDir = Files.createTempDirectory("relais-demo-");
        try (RelaisProcess server = RelaisProcess.start(dataDir, demoOptions())) {
            OffsetDateTime now = OffsetDateTime.now();
            Member admin = Member.logIn(server, "admin@demo.relais.fr");

            List<OffsetDateTime> joined =
                    dates(admin.get("/api/v1/members?size=50"), "memberSince");
            assertTrue(span(joined).toDays() > 90, "members joined over months: " + joined);

            JsonPath topics = admin.get("/api/v1/forum/topics?size=50");
            List<OffsetDateTime> opened = dates(topics, "createdAt");
            assertTrue(span(opened).toDays() > 28, "topics over weeks: " + opened);
            for (String id : topics.<String>getList("items.id")) {
                JsonPath topic = admin.get("/api/v1/forum/topics/" + id + "?size=50");
                List<OffsetDateTime> posts = dates(topic, "posts.createdAt");
                assertTrue(
                        posts.get(0)
                                .isEqual(OffsetDateTime.parse(topic.getString("topic.createdAt"))),
                        "the first post opens the topic: " + id);
                assertInOrder(posts, "replies follow their topic, in order: " + posts);
                assertTrue(
                        posts.get(posts.size() - 1)
                                .isEqual(
                                        OffsetDateTime.parse(
                                                topic.getString("topic.lastPostedAt"))),
                        "dernière activité is the last reply's: " + id);
            }

            JsonPath questions = admin.get("/api/v1/questions?size=50");
            List<OffsetDateTime> asked = dates(questions, "createdAt");
            assertTrue(span(asked).toDays() > 28, "questions over weeks: " + asked);
            int answers = 0;
            for (String id : questions.<String>getList("items.id")) {
                JsonPath question = admin.get("/api/v1/questions/" + id);
                OffsetDateTime askedAt = OffsetDateTime.parse(question.getString("createdAt"));
                for (String at : question.<String>getList("answers.createdAt")) {
                    assertTrue(OffsetDateTime.parse(at).isAfter(askedAt), "answered after: " + id);
                    answers++;
                }
            }
            assertTrue(answers > 10);
            assertTrue(
                    asked.stream().allMatch(at -> at.isBefore(now.minusHours(1))), "in the past");

            List<OffsetDateTime> transfers =
                    dates(
                            Member.logIn(server, "camille.lefevre@demo.relais.fr")
                                    .get("/api/v1/timebank/me/entries?size=50"),
                            "at");
            assertTrue(transfers.size() >= 3 && span(transfers).toDays() > 14, "" + transfers);
            assertTrue(admin.get("/api/v1/timebank/audit").getBoolean("ok"), "the ledger is sound");

            String feed =
                    server.api()
                            .anonymous()
                            .get("/agenda.atom")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString();
            List<OffsetDateTime> announced = new java.util.ArrayList<>();
            Matcher published = Pattern.compile("<published>([^<]+)</published>").matcher(feed);
            while (published.find()) {
                announced.add(OffsetDateTime.parse(published.group(1)));
            }
            assertTrue(announced.size() >= 5, "events in the feed: " + feed);
            assertTrue(
                    announced.stream().allMatch(at -> at.isBefore(now.minusHours(12)))
                            && span(announced).toDays() >= 7,
                    "upcoming events announced over the past weeks: " + announced);

            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> admin.get("/api/v1/search/status").getLong("lag") == 0);
            assertTrue(server.searchTotal("type=forum.topic&q=impression") > 0);
            assertTrue(server.searchTotal("type=qa.question&q=franceconnect") > 0);
        }
    }

    /** Demo content on; on PostgreSQL, a database of its own, empty as on a first start. */
    private static Map<String, String> demoOptions() throws SQLException {
        // no first administrator from the settings: the demo loads only into an empty database
        Map<String, String> options =
                new HashMap<>(Map.of("relais.demo", "true", "relais.admin.email", ""));
        Map<String, String> db = new HashMap<>();
        Matcher m = OPTION.matcher(System.getProperty("relais.test.cmdOptions", ""));
        while (m.find()) {
            db.put(m.group(1), m.group(2));
        }
        String url = db.get("relais.db.url");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            String name = "relais_demo_" + System.nanoTime();
            try (Connection connection =
                            DriverManager.getConnection(
                                    url, db.get("relais.db.user"), db.get("relais.db.password"));
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            options.put("relais.db.url", url.replaceFirst("(//[^/]+/)[^?]*", "$1" + name));
        }
        return options;
    }

    /** Requests as a demo member, who logs in with the password the README gives. */
    private record Member(RelaisProcess server, String token) {
        static Member logIn(RelaisProcess server, String email) {
            return new Member(server, server.api().logIn(email, DemoMembers.PASSWORD));
        }

        JsonPath get(String path) {
            return server.api()
                    .withToken(token)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
        }
    }

    private static List<OffsetDateTime> dates(JsonPath page, String field) {
        String items =
                field.contains(".") ? field.replaceFirst("\\.", ".items.") : "items." + field;
        return page.<String>getList(items).stream().map(OffsetDateTime::parse).toList();
    }

    private static Duration span(List<OffsetDateTime> dates) {
        return Duration.between(
                dates.stream().min(Comparator.naturalOrder()).orElseThrow(),
                dates.stream().max(Comparator.naturalOrder()).orElseThrow());
    }

    private static void assertInOrder(List<OffsetDateTime> dates, String message) {
        for (int i = 1; i < dates.size(); i++) {
            assertTrue(dates.get(i).isAfter(dates.get(i - 1)), message);
        }
    }
}
