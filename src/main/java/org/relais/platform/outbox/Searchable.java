package org.relais.platform.outbox;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each capability implements so that search can index it without knowing it: given the id of a
 * changed entity (from the outbox), the document as it is now, or empty if it is gone or no longer
 * public. The indexer that consumes this contract arrives with the search capability.
 */
public interface Searchable {
    /** The outbox entity type this capability answers for, e.g. {@code member}. */
    String entityType();

    Optional<Document> document(String entityId);

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
