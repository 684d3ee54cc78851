package org.relais.platform.tags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relais.platform.outbox.EntityIds;
import org.relais.platform.outbox.Searchable;

/** Tags in the search, so that typing a subject leads to its tag page. */
@ApplicationScoped
public class TagSearch implements Searchable {
    @Inject TagRegistry tags;
    @Inject EntityIds entityIds;

    @Override
    public String entityType() {
        return TagRegistry.SEARCH_TYPE;
    }

    @Override
    public List<String> ids(String afterId, int limit) {
        return entityIds.after(Tag.class, afterId, limit);
    }

    @Override
    public long count() {
        return entityIds.count(Tag.class);
    }

    @Override
    public Optional<Document> document(String entityId) {
        return tags.find(entityId)
                .map(
                        tag ->
                                new Document(
                                        entityId,
                                        "tag",
                                        tag.label(),
                                        tag.description(),
                                        Set.of(tag.slug()),
                                        null,
                                        null,
                                        null,
                                        "public",
                                        "/etiquettes/" + tag.slug(),
                                        Map.of()));
    }
}
