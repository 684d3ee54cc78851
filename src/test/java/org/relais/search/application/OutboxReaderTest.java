package org.relais.search.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relais.platform.outbox.OutboxEntry;
import org.relais.platform.outbox.Searchable;

/** The indexer builds a batch's documents one type at a time, not one entry at a time. */
class OutboxReaderTest {
    static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-03-09T10:00:00Z");

    /** Posts whose documents say which call built them; {@code failing} makes batches throw. */
    static final class Posts implements Searchable {
        final List<List<String>> batches = new ArrayList<>();
        boolean failing;

        @Override
        public String entityType() {
            return "forum.post";
        }

        @Override
        public Optional<Document> document(String entityId) {
            throw new AssertionError("built one by one: " + entityId);
        }

        @Override
        public List<Optional<Document>> documents(List<String> entityIds) {
            batches.add(entityIds);
            if (failing) {
                throw new IllegalStateException("base indisponible");
            }
            return entityIds.stream()
                    .map(
                            id ->
                                    "2".equals(id)
                                            ? Optional.<Document>empty()
                                            : Optional.of(
                                                    new Document(
                                                            id,
                                                            "forum.post",
                                                            "Atelier",
                                                            "texte " + id,
                                                            Set.of(),
                                                            null,
                                                            "",
                                                            MONDAY,
                                                            "public",
                                                            "/forum",
                                                            Map.of())))
                    .toList();
        }

        @Override
        public List<String> ids(String afterId, int limit) {
            return List.of();
        }

        @Override
        public long count() {
            return 0;
        }
    }

    @Test
    void eachTypeIsReadInOneBatchWithoutDeletionsOrRepeats() throws Exception {
        Posts posts = new Posts();
        List<OutboxEntry> entries =
                List.of(
                        entry("forum.post", "1", OutboxEntry.Operation.UPSERT),
                        entry("forum.post", "2", OutboxEntry.Operation.UPSERT),
                        entry("forum.post", "1", OutboxEntry.Operation.UPSERT),
                        entry("forum.post", "3", OutboxEntry.Operation.DELETE),
                        entry("inconnu", "4", OutboxEntry.Operation.UPSERT));

        Map<String, Optional<Searchable.Document>> built =
                OutboxReader.built(entries, Map.of("forum.post", posts));

        assertEquals(List.of(List.of("1", "2")), posts.batches);
        assertEquals(Set.of("forum.post:1", "forum.post:2"), built.keySet());
        assertEquals("texte 1", built.get("forum.post:1").orElseThrow().body());
        assertTrue(built.get("forum.post:2").isEmpty(), "gone since: indexed as absent");
    }

    @Test
    void aFailingBatchLeavesItsEntriesToBeBuiltOneByOne() throws Exception {
        Posts posts = new Posts();
        posts.failing = true;
        Map<String, Optional<Searchable.Document>> built =
                OutboxReader.built(
                        List.of(entry("forum.post", "1", OutboxEntry.Operation.UPSERT)),
                        Map.of("forum.post", posts));
        assertEquals(1, posts.batches.size());
        assertTrue(built.isEmpty());
    }

    private static OutboxEntry entry(String type, String id, OutboxEntry.Operation operation)
            throws ReflectiveOperationException {
        Constructor<OutboxEntry> constructor = OutboxEntry.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        OutboxEntry entry = constructor.newInstance();
        set(entry, "entityType", type);
        set(entry, "entityId", id);
        set(entry, "operation", operation);
        return entry;
    }

    private static void set(OutboxEntry entry, String name, Object value)
            throws ReflectiveOperationException {
        Field field = OutboxEntry.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(entry, value);
    }
}
