package org.relais.bench;

import java.util.Locale;
import java.util.Map;
import org.relais.bench.SearchBenchmark.Figures;
import org.relais.bench.SearchMeasurements.Comparison;

/** The Markdown section the search benchmark appends to {@code benchmarks/results.md}. */
final class ResultsReport {
    static final double B1_RATIO_GOAL = 0.1;
    static final double B1_P99_GOAL_MS = 50;
    static final double B2_GOAL_MS = 100;
    static final double B3_RATIO_GOAL = 1.5;
    static final double B7_RATIO_GOAL = 0.25;
    static final double SUGGEST_GOAL_MS = 50;

    private ResultsReport() {}

    static String section(Figures f, Machine machine) {
        StringBuilder md = new StringBuilder();
        SearchBenchmark.Settings s = f.settings();
        line(md, "");
        line(
                md,
                "## Search benchmark — %s — %,d documents, seed %d, commit %s",
                machine.started(),
                s.size(),
                s.seed(),
                Machine.commit());
        line(md, "");
        line(
                md,
                "Relais on an embedded PostgreSQL 14 (`-Xmx512m`, no demo content), corpus from"
                        + " `CorpusGenerator` (generated in %d ms), written through the JSON API as the"
                        + " administrator by %d concurrent writers%s: **%,d documents in %.1f s, %.0f"
                        + " documents/s**; the index had caught up %.1f s after the last write.",
                f.generateMillis(),
                f.load().writers(),
                s.bulk()
                        ? " in batches of "
                                + CorpusLoader.BULK_BATCH
                                + " (`POST /api/v1/bench/corpus`: the forum and Q&A services, one"
                                + " transaction per batch)"
                        : " (one request per document)",
                f.load().documents(),
                f.load().millis() / 1000.0,
                f.load().perSecond(),
                f.catchUpMillis() / 1000.0);
        line(
                md,
                "%d measured requests per figure after warm-up; times are the client's wall time"
                        + " in ms (p50 / p99).",
                s.requests());
        line(md, "");
        line(
                md,
                "**B1** — one client, `GET /api/v1/search?size=20` (anonymous) against the same"
                        + " words on PostgreSQL (`websearch_to_tsquery('french')`, `ts_rank`, `LIMIT 20`,"
                        + " GIN indexes on `to_tsvector('french', …)` built in %.1f s), alternately:",
                f.ginMillis() / 1000.0);
        line(md, "");
        line(
                md,
                "| search | Relais p50 | Relais p99 | PostgreSQL p50 | PostgreSQL p99 |"
                        + " p99 Relais / PostgreSQL | ≤ 1/10 | p99 < 50 ms |");
        line(md, "|---|---|---|---|---|---|---|---|");
        for (Map.Entry<String, Comparison> e : f.b1().entrySet()) {
            Latencies r = e.getValue().relais();
            Latencies p = e.getValue().postgres();
            double ratio = r.p99() / p.p99();
            line(
                    md,
                    "| %s | %.1f | %.1f | %.1f | %.1f | %.2f | %s | %s |",
                    e.getKey(),
                    r.p50(),
                    r.p99(),
                    p.p50(),
                    p.p99(),
                    ratio,
                    verdict(ratio <= B1_RATIO_GOAL),
                    verdict(r.p99() < B1_P99_GOAL_MS));
        }
        line(md, "");
        double b3Ratio = f.mixed().p99() / f.readOnly().p99();
        double b7Ratio = f.rebuild().perSecond() / f.raw().perSecond();
        line(md, "| measurement | p50 | p99 | goal | result |");
        line(md, "|---|---|---|---|---|");
        line(
                md,
                "| autocomplete `GET /api/v1/search/suggest` | %.1f | %.1f | p99 < 50 ms | %s |",
                f.suggest().p50(),
                f.suggest().p99(),
                verdict(f.suggest().p99() < SUGGEST_GOAL_MS));
        line(
                md,
                "| **B2** write → searchable, from the reply's 201 (search for the quoted marker polled"
                        + " every 5 ms,"
                        + " %d samples, %d not found within 10 s) | %.1f | %.1f | p99 ≤ 100 ms | %s |",
                f.b2().searchable().count(),
                f.b2().timeouts(),
                f.b2().searchable().p50(),
                f.b2().searchable().p99(),
                verdict(f.b2().searchable().p99() <= B2_GOAL_MS));
        line(
                md,
                "| B2: the reply itself (`POST …/posts`) | %.1f | %.1f | | |",
                f.b2().write().p50(),
                f.b2().write().p99());
        line(
                md,
                "| **B3** B1's searches, %d clients, read only | %.1f | %.1f | | |",
                s.clients(),
                f.readOnly().p50(),
                f.readOnly().p99());
        line(
                md,
                "| **B3** the same with 5 %% of operations replies | %.1f | %.1f |"
                        + " p99 ≤ 1.5 × read only | %s (%.2f ×) |",
                f.mixed().p50(),
                f.mixed().p99(),
                verdict(b3Ratio <= B3_RATIO_GOAL),
                b3Ratio);
        line(md, "");
        line(
                md,
                "**B7** — `POST /api/v1/search/rebuild`, then `/status` polled until nothing is"
                        + " pending: **%,d documents in %.1f s, %.0f documents/s**. Raw Lucene in the"
                        + " benchmark's JVM (same analyzers and fields, one `IndexWriter`, one commit; texts"
                        + " read from PostgreSQL in %.1f s beforehand, not counted): %,d documents in"
                        + " %.1f s, %.0f documents/s. Rebuild / raw = **%.0f %%**, goal ≥ 25 %%: **%s**.",
                f.rebuild().documents(),
                f.rebuild().millis() / 1000.0,
                f.rebuild().perSecond(),
                f.rawFetchMillis() / 1000.0,
                f.raw().documents(),
                f.raw().millis() / 1000.0,
                f.raw().perSecond(),
                b7Ratio * 100,
                verdict(b7Ratio >= B7_RATIO_GOAL));
        line(md, "");
        line(md, "- Machine: %s.", machine.description());
        if (machine.maxLoad() > 1.5) {
            line(
                    md,
                    "- **Shared machine**: the load average went above 1.5 during the run (other"
                            + " builds were running); read the times as pessimistic.");
        }
        line(md, "- Command: `%s`.", s.command());
        return md.toString();
    }

    private static String verdict(boolean met) {
        return met ? "PASS" : "FAIL";
    }

    private static void line(StringBuilder md, String format, Object... args) {
        md.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
