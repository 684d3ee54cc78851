package org.relais.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.relais.bench.CorpusGenerator.Doc;
import org.relais.bench.CorpusGenerator.Kind;

/**
 * Writes a generated corpus through the application's JSON API, as the administrator, with a few
 * concurrent writers: categories first, then topics and questions, then replies and answers (which
 * need their parent's id). Parents are written one at a time until every tag has been used once, so
 * that concurrent writers never race to create the same new tag. In bulk mode the documents go in
 * batches of {@value #BULK_BATCH} to {@code POST /api/v1/bench/corpus}, which calls the same forum
 * and Q&A services in one transaction per batch; each writer then takes the replies and answers of
 * its own share of parents, so two batches never change the same topic or question at once.
 */
final class CorpusLoader {
    /** What loading took. */
    record Load(int documents, int writers, long millis) {
        double perSecond() {
            return documents * 1000.0 / Math.max(1, millis);
        }
    }

    static final int BULK_BATCH = 200;
    private static final String BULK_PATH = "/api/v1/bench/corpus";

    private final RelaisClient api;
    private final int writers;
    private final boolean bulk;
    private final String[] ids;
    private final List<String> categoryIds = new ArrayList<>();

    CorpusLoader(RelaisClient api, int writers, int size, boolean bulk) {
        this.api = api;
        this.writers = writers;
        this.bulk = bulk;
        this.ids = new String[size];
    }

    Load load(List<Doc> docs) throws InterruptedException {
        long start = System.nanoTime();
        for (String name : CorpusGenerator.categories()) {
            categoryIds.add(
                    api.post(
                                    "/api/v1/forum/categories",
                                    Map.of(
                                            "name",
                                            name,
                                            "description",
                                            "Catégorie du banc d'essai"))
                            .get("id")
                            .asText());
        }
        List<Doc> parents = docs.stream().filter(d -> d.parent() < 0).toList();
        Set<String> usedTags = new HashSet<>();
        int sequential = 0;
        while (sequential < parents.size()
                && usedTags.size() < CorpusGenerator.tagLabels().size()) {
            Doc doc = parents.get(sequential++);
            write(doc);
            usedTags.addAll(doc.tags());
        }
        List<Doc> children = docs.stream().filter(d -> d.parent() >= 0).toList();
        if (bulk) {
            inParallelBatches(
                    lanes(parents.subList(sequential, parents.size()), d -> d.position()));
            inParallelBatches(lanes(children, Doc::parent));
        } else {
            inParallel(parents.subList(sequential, parents.size()));
            inParallel(children);
        }
        return new Load(docs.size(), writers, (System.nanoTime() - start) / 1_000_000);
    }

    /** The id the application gave to the document at this corpus position. */
    String idOf(int position) {
        return ids[position];
    }

    List<String> topicIds(List<Doc> docs) {
        return docs.stream()
                .filter(d -> d.kind() == Kind.TOPIC)
                .map(d -> ids[d.position()])
                .toList();
    }

    /** The documents of each writer: those whose key (their parent, or themselves) is theirs. */
    private List<List<Doc>> lanes(List<Doc> docs, java.util.function.ToIntFunction<Doc> key) {
        List<List<Doc>> lanes = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            lanes.add(new ArrayList<>());
        }
        docs.forEach(d -> lanes.get(key.applyAsInt(d) % writers).add(d));
        return lanes;
    }

    /** Each writer sends its lane in batches, in order. */
    private void inParallelBatches(List<List<Doc>> lanes) throws InterruptedException {
        onEachWriter(
                w ->
                        () -> {
                            List<Doc> lane = lanes.get(w);
                            for (int i = 0; i < lane.size(); i += BULK_BATCH) {
                                writeBatch(lane.subList(i, Math.min(lane.size(), i + BULK_BATCH)));
                            }
                        });
    }

    private void writeBatch(List<Doc> batch) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Doc doc : batch) {
            Map<String, Object> item = new java.util.HashMap<>();
            item.put("kind", doc.kind().name());
            item.put("body", doc.body());
            if (doc.parent() >= 0) {
                item.put("parentId", ids[doc.parent()]);
            } else {
                item.put("title", doc.title());
                item.put("tags", doc.tags());
            }
            if (doc.kind() == Kind.TOPIC) {
                item.put("categoryId", categoryIds.get(doc.category()));
            }
            items.add(item);
        }
        var written = api.post(BULK_PATH, Map.of("items", items)).get("ids");
        for (int i = 0; i < batch.size(); i++) {
            ids[batch.get(i).position()] = written.get(i).asText();
        }
    }

    private void inParallel(List<Doc> docs) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        onEachWriter(
                w ->
                        () -> {
                            for (int i = next.getAndIncrement();
                                    i < docs.size();
                                    i = next.getAndIncrement()) {
                                write(docs.get(i));
                            }
                        });
    }

    /** Runs the task of each writer on its own thread and waits for all of them. */
    private void onEachWriter(java.util.function.IntFunction<Runnable> task)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(pool.submit(task.apply(w)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("loading failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void write(Doc doc) {
        ids[doc.position()] =
                switch (doc.kind()) {
                    case TOPIC ->
                            api.post(
                                            "/api/v1/forum/topics",
                                            Map.of(
                                                    "categoryId", categoryIds.get(doc.category()),
                                                    "title", doc.title(),
                                                    "body", doc.body(),
                                                    "tags", doc.tags()))
                                    .get("id")
                                    .asText();
                    case QUESTION ->
                            api.post(
                                            "/api/v1/questions",
                                            Map.of(
                                                    "title", doc.title(),
                                                    "body", doc.body(),
                                                    "tags", doc.tags()))
                                    .get("id")
                                    .asText();
                    case POST ->
                            api.post(
                                            "/api/v1/forum/topics/" + ids[doc.parent()] + "/posts",
                                            Map.of("body", doc.body()))
                                    .get("id")
                                    .asText();
                    case ANSWER ->
                            api.post(
                                            "/api/v1/questions/" + ids[doc.parent()] + "/answers",
                                            Map.of("body", doc.body()))
                                    .get("id")
                                    .asText();
                };
    }
}
