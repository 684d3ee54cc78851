package org.relais.platform.outbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each capability implements so that search can index it without knowing it: given the id of a
 * changed entity (from the outbox), the document as it is now, or empty if it is gone or no longer
 * public. {@link #ids} and {@link #count} let a full rebuild enumerate every current entity from
 * the database rather than from the outbox, whose old rows are pruned.
 */
public interface Searchable {
    /** The outbox entity type this capability answers for, e.g. {@code member}. */
    String entityType();

    Optional<Document> document(String entityId);

    /**
     * The documents of several entities, in the order of {@code entityIds}, each as {@link
     * #document} builds it. A rebuild asks for a whole page at once: a capability whose documents
     * need several queries each overrides this to read them for the page in a few queries. If it
     * throws, the caller builds the page's documents one by one to find the failing one.
     */
    default List<Optional<Document>> documents(List<String> entityIds) {
        return entityIds.stream().map(this::document).toList();
    }

    /**
     * Ids of current entities after {@code afterId} (null: from the first), at most {@code limit},
     * in a stable order; an id may still yield no {@link #document} (hidden, merged…). Called in a
     * short transaction per page.
     */
    List<String> ids(String afterId, int limit);

    /** About how many entities {@link #ids} enumerates: the total shown by rebuild progress. */
    long count();

    /**
     * A search document built from the current database state. {@code visibility} is one of {@code
     * public}, {@code members}, {@code moderators} or {@link #PRIVATE}; a private document names
     * its {@code owner} (an account id), the only member besides administrators who finds it.
     * {@code facets} are values search can filter and count by: {@code place} (a place id), {@code
     * region}, {@code licence} and {@code filetype} are shown as facets; the others are stored for
     * later use.
     */
    record Document(
            String id,
            String type,
            String title,
            String body,
            Set<String> tags,
            String place,
            String author,
            OffsetDateTime date,
            String visibility,
            String url,
            Map<String, String> facets,
            Long owner) {
        public static final String PRIVATE = "private";

        public Document {
            if (PRIVATE.equals(visibility) && owner == null) {
                throw new IllegalArgumentException("A private document needs an owner: " + id);
            }
        }

        /** A document that is not private, as most capabilities build them. */
        public Document(
                String id,
                String type,
                String title,
                String body,
                Set<String> tags,
                String place,
                String author,
                OffsetDateTime date,
                String visibility,
                String url,
                Map<String, String> facets) {
            this(id, type, title, body, tags, place, author, date, visibility, url, facets, null);
        }
    }
}
