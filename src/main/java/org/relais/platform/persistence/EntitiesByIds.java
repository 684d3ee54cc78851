package org.relais.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Entities of one type by their ids, in one query: what a search page or an outbox batch needs to
 * build its documents together. The entity's JPQL name is its class's simple name (the default).
 */
public final class EntitiesByIds {
    private EntitiesByIds() {}

    /** The entities with these ids, in no particular order; none (and no query) for no id. */
    public static <T> List<T> find(EntityManager em, Class<T> type, Collection<Long> ids) {
        return find(em, type, ids, Map.of());
    }

    /**
     * The same, with query hints; the entity's alias in the query, for a hint that names a path, is
     * {@code e} (e.g. {@code e.tags}).
     */
    public static <T> List<T> find(
            EntityManager em, Class<T> type, Collection<Long> ids, Map<String, Object> hints) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<T> query =
                em.createQuery(
                        "select e from " + type.getSimpleName() + " e where e.id in :ids", type);
        query.setParameter("ids", ids);
        hints.forEach(query::setHint);
        return query.getResultList();
    }
}
