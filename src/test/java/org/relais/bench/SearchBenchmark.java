package org.relais.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.relais.bench.CorpusGenerator.Doc;
import org.relais.bench.SearchMeasurements.Comparison;
import org.relais.bench.SearchMeasurements.Freshness;
import org.relais.bench.SearchMeasurements.Throughput;

/**
 * The search benchmark (issue #5): starts an embedded PostgreSQL and Relais on it, loads a
 * generated corpus through the API, measures B1 (search vs PostgreSQL full text), B2 (write →
 * searchable), B3 (search under 5 % writes), autocomplete and B7 (rebuild vs raw Lucene), appends
 * the figures to {@code benchmarks/results.md} and stops everything. Run by {@code mvn
 * -Pbench-search package}; parameters are system properties {@code bench.size}, {@code bench.seed},
 * {@code bench.requests}.
 */
public final class SearchBenchmark {
    private SearchBenchmark() {}

    /** The run's settings, from system properties. */
    record Settings(int size, long seed, int requests, int writers, int clients, boolean bulk) {
        static Settings fromSystem() {
            return new Settings(
                    Integer.getInteger("bench.size", 10_000),
                    Long.getLong("bench.seed", 42),
                    Integer.getInteger("bench.requests", 200),
                    Integer.getInteger("bench.writers", 4),
                    Integer.getInteger("bench.clients", 4),
                    !"false".equals(System.getProperty("bench.bulk")));
        }

        String command() {
            return "mvn -B -Pbench-search package -Dbench.size="
                    + size
                    + " -Dbench.seed="
                    + seed
                    + " -Dbench.requests="
                    + requests
                    + " -Dbench.writers="
                    + writers
                    + " -Dbench.clients="
                    + clients
                    + (bulk ? "" : " -Dbench.bulk=false");
        }
    }

    /** Everything the report shows. */
    record Figures(
            Settings settings,
            long generateMillis,
            CorpusLoader.Load load,
            long catchUpMillis,
            long ginMillis,
            Map<String, Comparison> b1,
            Latencies suggest,
            Freshness b2,
            Latencies readOnly,
            Latencies mixed,
            Throughput rebuild,
            Throughput raw,
            long rawFetchMillis,
            int loadConflicts,
            int totalConflicts) {}

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystem();
        Path war = Path.of(System.getProperty("bench.war", "target/relais.war"));
        Path payara = Path.of(System.getProperty("bench.payaraJar", "target/payara-micro.jar"));
        Path results = Path.of(System.getProperty("bench.results", "benchmarks/results.md"));
        Machine machine = Machine.now();
        try (BenchmarkServers servers = new BenchmarkServers()) {
            try {
                Figures figures = run(settings, servers, war, payara, machine);
                String section = ResultsReport.section(figures, machine.finish());
                Files.writeString(results, section, java.nio.file.StandardOpenOption.APPEND);
                System.out.println(section);
            } catch (Exception | Error e) {
                System.err.println("Benchmark failed; end of the server log:");
                List<String> log =
                        Files.exists(servers.serverLog())
                                ? Files.readAllLines(servers.serverLog())
                                : List.of();
                log.subList(Math.max(0, log.size() - 60), log.size()).forEach(System.err::println);
                throw e;
            }
        }
    }

    private static Figures run(
            Settings settings, BenchmarkServers servers, Path war, Path payara, Machine machine)
            throws Exception {
        log("generating %d documents (seed %d)", settings.size(), settings.seed());
        long t0 = System.nanoTime();
        List<Doc> corpus = CorpusGenerator.generate(settings.size(), settings.seed());
        long generateMillis = (System.nanoTime() - t0) / 1_000_000;
        log("starting PostgreSQL and Relais");
        servers.start(payara, war);
        machine.sample();
        RelaisClient admin = new RelaisClient(servers.baseUrl());
        admin.logIn(BenchmarkServers.ADMIN_EMAIL, BenchmarkServers.ADMIN_PASSWORD);
        RelaisClient visitor = new RelaisClient(servers.baseUrl());
        log("loading the corpus with %d writers", settings.writers());
        CorpusLoader loader =
                new CorpusLoader(admin, settings.writers(), corpus.size(), settings.bulk());
        CorpusLoader.Load load = loader.load(corpus);
        int loadConflicts = admin.conflicts();
        machine.sample();
        log("loaded at %.0f documents/s; waiting for the index", load.perSecond());
        long t1 = System.nanoTime();
        while (admin.get("/api/v1/search/status").get("pending").asLong() > 0) {
            Thread.sleep(100);
        }
        long catchUpMillis = (System.nanoTime() - t1) / 1_000_000;
        SearchMeasurements measure =
                new SearchMeasurements(
                        visitor,
                        admin,
                        loader.topicIds(corpus),
                        settings.requests(),
                        settings.seed());
        try (Connection db = servers.database()) {
            long ginMillis = PostgresFullText.createIndexes(db);
            log("B1: search vs PostgreSQL full text");
            Map<String, Comparison> b1;
            try (PostgresFullText postgres = new PostgresFullText(servers.database())) {
                b1 = measure.compareWithPostgres(postgres);
            }
            machine.sample();
            log("autocomplete");
            Latencies suggest = measure.suggest();
            log("B2: write → searchable");
            Freshness b2 = measure.freshness(Math.max(50, settings.requests() / 2));
            machine.sample();
            log("B3: read-only, then 5 %% writes, %d clients", settings.clients());
            measure.concurrentSearches(settings.clients(), 0, settings.seed()); // warm-up
            Latencies readOnly = measure.concurrentSearches(settings.clients(), 0, settings.seed());
            Latencies mixed = measure.concurrentSearches(settings.clients(), 5, settings.seed());
            machine.sample();
            log("B7: full rebuild, then raw Lucene");
            Throughput rebuild = measure.rebuild();
            machine.sample();
            long t2 = System.nanoTime();
            List<RawLuceneIndexing.Text> texts = RawLuceneIndexing.fetch(db);
            long fetchMillis = (System.nanoTime() - t2) / 1_000_000;
            RawLuceneIndexing.index(texts.subList(0, Math.min(texts.size(), 5_000))); // warm-up
            Throughput raw = new Throughput(texts.size(), RawLuceneIndexing.index(texts));
            machine.sample();
            return new Figures(
                    settings,
                    generateMillis,
                    load,
                    catchUpMillis,
                    ginMillis,
                    b1,
                    suggest,
                    b2,
                    readOnly,
                    mixed,
                    rebuild,
                    raw,
                    fetchMillis,
                    loadConflicts,
                    admin.conflicts());
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[search-bench] " + format + "%n", args);
    }
}
