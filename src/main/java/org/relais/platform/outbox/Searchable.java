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
     * Ids of current entities after {@code afterId} (null: from the first), at most {@code limit},
     * in a stable order; an id may still yield no {@link #document} (hidden, merged…). Called in a
     * short transaction per page.
     */
    List<String> ids(String afterId, int limit);

    /** About how many entities {@link #ids} enumerates: the total shown by rebuild progress. */
    long count();

    /** A search document built from the current database state. */
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
            Map<String, String> facets) {}
}
