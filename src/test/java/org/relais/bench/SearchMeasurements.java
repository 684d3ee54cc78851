package org.relais.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** The measurements of one benchmark run against a loaded Relais; see {@link SearchBenchmark}. */
final class SearchMeasurements {
    /** A search of B1; {@code tag} is a tag slug (the facet filter) or null. */
    record Case(String kind, String query, String tag) {}

    record Comparison(Latencies relais, Latencies postgres) {}

    record Freshness(Latencies searchable, Latencies write, int timeouts) {}

    record Throughput(int documents, long millis) {
        double perSecond() {
            return documents * 1000.0 / Math.max(1, millis);
        }
    }

    static final List<Case> CASES =
            List.of(
                    new Case("1 terme", "imprimante", null),
                    new Case("1 terme", "ameli", null),
                    new Case("1 terme", "seniors", null),
                    new Case("1 terme", "tablettes", null),
                    new Case("2 termes", "compte ameli", null),
                    new Case("2 termes", "atelier smartphone", null),
                    new Case("2 termes", "Pass numérique", null),
                    new Case("2 termes", "carte grise", null),
                    new Case("phrase", "\"mot de passe\"", null),
                    new Case("phrase", "\"prime d'activité\"", null),
                    new Case("phrase", "\"fracture numérique\"", null),
                    new Case("phrase", "\"maison France services\"", null),
                    new Case("1 terme + tag", "atelier", "seniors"),
                    new Case("1 terme + tag", "compte", "ameli"),
                    new Case("1 terme + tag", "imprimante", "impression-3d"),
                    new Case("1 terme + tag", "rendez-vous", "demarches-en-ligne"));

    static final List<String> PREFIXES =
            List.of("imp", "ame", "pass", "fabl", "méd", "tabl", "fra", "sma", "log", "ate");

    private static final long POLL_NANOS = 5_000_000;
    private static final long FRESHNESS_TIMEOUT_NANOS = 10_000_000_000L;

    private final RelaisClient visitor;
    private final RelaisClient admin;
    private final List<String> topicIds;
    private final int requests;
    private final Random random;

    SearchMeasurements(
            RelaisClient visitor,
            RelaisClient admin,
            List<String> topicIds,
            int requests,
            long seed) {
        this.visitor = visitor;
        this.admin = admin;
        this.topicIds = topicIds;
        this.requests = requests;
        this.random = new Random(seed);
    }

    /** B1: each kind of search through the API and on PostgreSQL, alternately, after warm-up. */
    Map<String, Comparison> compareWithPostgres(PostgresFullText postgres) throws SQLException {
        for (Case c : CASES) {
            if (relaisSearch(c).get("total").asLong() == 0
                    || postgres.search(c.query(), c.tag()) == 0) {
                throw new IllegalStateException("no hit for " + c + ": the corpus does not fit");
            }
        }
        Map<String, Comparison> results = new LinkedHashMap<>();
        for (String kind : CASES.stream().map(Case::kind).distinct().toList()) {
            List<Case> cases = CASES.stream().filter(c -> c.kind().equals(kind)).toList();
            Comparison comparison = new Comparison(new Latencies(), new Latencies());
            int warmUp = Math.max(20, requests / 5);
            for (int i = 0; i < warmUp + requests; i++) {
                Case c = cases.get(i % cases.size());
                boolean measured = i >= warmUp;
                long start = System.nanoTime();
                relaisSearch(c);
                long middle = System.nanoTime();
                postgres.search(c.query(), c.tag());
                long end = System.nanoTime();
                if (measured) {
                    comparison.relais().add(middle - start);
                    comparison.postgres().add(end - middle);
                }
            }
            results.put(kind, comparison);
        }
        return results;
    }

    /** Autocomplete: prefixes as typed in the search box. */
    Latencies suggest() {
        Latencies latencies = new Latencies();
        int warmUp = Math.max(20, requests / 5);
        for (int i = 0; i < warmUp + requests; i++) {
            String path =
                    "/api/v1/search/suggest?q="
                            + RelaisClient.encode(PREFIXES.get(i % PREFIXES.size()));
            if (i < warmUp) {
                visitor.get(path);
            } else {
                latencies.time(() -> visitor.get(path));
            }
        }
        return latencies;
    }

    /**
     * B2: a reply with a word found nowhere else, then searches for it every 5 ms until it is
     * found.
     */
    Freshness freshness(int samples) throws InterruptedException {
        Latencies searchable = new Latencies();
        Latencies write = new Latencies();
        int timeouts = 0;
        for (int i = 0; i < samples; i++) {
            String marker = marker();
            long start = System.nanoTime();
            reply("Compte rendu de l'atelier, repère " + marker + " pour le suivi.");
            long written = System.nanoTime();
            write.add(written - start);
            // quoted, the marker is an exact search: a miss would otherwise also run the typo
            // fallback (fuzzy query and correction), a cost of the polling, not of the indexing
            while (visitor.searchTotal('"' + marker + '"') == 0) {
                if (System.nanoTime() - written > FRESHNESS_TIMEOUT_NANOS) {
                    timeouts++;
                    break;
                }
                long wait = POLL_NANOS - (System.nanoTime() - written) % POLL_NANOS;
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            searchable.add(System.nanoTime() - written);
        }
        return new Freshness(searchable, write, timeouts);
    }

    /** B3: B1's searches from several clients, with {@code writePercent} of operations replies. */
    Latencies concurrentSearches(int clients, int writePercent, long seed) throws Exception {
        Latencies searches = new Latencies();
        AtomicInteger next = new AtomicInteger();
        int total = requests * 2;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                Random mine = new Random(seed + client);
                done.add(
                        pool.submit(
                                () -> {
                                    for (int i = next.getAndIncrement();
                                            i < total;
                                            i = next.getAndIncrement()) {
                                        if (mine.nextInt(100) < writePercent) {
                                            replyFrom(
                                                    mine,
                                                    "Merci, nous allons tester cette solution à la médiathèque.");
                                        } else {
                                            Case c = CASES.get(mine.nextInt(CASES.size()));
                                            searches.time(() -> relaisSearch(c));
                                        }
                                    }
                                    return null;
                                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return searches;
    }

    /**
     * B7: the application's full rebuild, from the request until the background rebuild is back to
     * idle (it fails the measurement if the rebuild failed).
     */
    Throughput rebuild() throws InterruptedException {
        long start = System.nanoTime();
        JsonNode status = admin.post("/api/v1/search/rebuild", Map.of());
        while (!"IDLE".equals(status.path("rebuild").path("state").asText())) {
            if ("FAILED".equals(status.path("rebuild").path("state").asText())) {
                throw new IllegalStateException("rebuild failed: " + status.path("rebuild"));
            }
            Thread.sleep(20);
            status = admin.get("/api/v1/search/status");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Throughput(status.get("documents").asInt(), millis);
    }

    private JsonNode relaisSearch(Case c) {
        return visitor.get(
                "/api/v1/search?size=20&q="
                        + RelaisClient.encode(c.query())
                        + (c.tag() == null ? "" : "&tag=" + RelaisClient.encode(c.tag())));
    }

    private synchronized String marker() {
        StringBuilder word = new StringBuilder("zorg");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private void reply(String body) {
        replyFrom(random, body);
    }

    private void replyFrom(Random source, String body) {
        String topic;
        synchronized (source) {
            topic = topicIds.get(source.nextInt(topicIds.size()));
        }
        admin.post("/api/v1/forum/topics/" + topic + "/posts", Map.of("body", body));
    }
}
