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
 * that concurrent writers never race to create the same new tag.
 */
final class CorpusLoader {
    /** What loading took. */
    record Load(int documents, int writers, long millis) {
        double perSecond() {
            return documents * 1000.0 / Math.max(1, millis);
        }
    }

    private final RelaisClient api;
    private final int writers;
    private final String[] ids;
    private final List<String> categoryIds = new ArrayList<>();

    CorpusLoader(RelaisClient api, int writers, int size) {
        this.api = api;
        this.writers = writers;
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
        inParallel(parents.subList(sequential, parents.size()));
        inParallel(docs.stream().filter(d -> d.parent() >= 0).toList());
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

    private void inParallel(List<Doc> docs) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                done.add(
                        pool.submit(
                                () -> {
                                    for (int i = next.getAndIncrement();
                                            i < docs.size();
                                            i = next.getAndIncrement()) {
                                        write(docs.get(i));
                                    }
                                }));
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
