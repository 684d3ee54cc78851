package org.relais.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Pages through the ids of an entity in id order, for {@link Searchable#ids}: a full rebuild reads
 * every current entity this way, one short transaction per page, whatever the outbox still holds.
 */
@ApplicationScoped
public class EntityIds {
    @PersistenceContext(unitName = "relais")
    EntityManager em;

    /** At most {@code limit} ids greater than {@code afterId} (null: from the first), ascending. */
    public List<String> after(Class<?> entity, String afterId, int limit) {
        EntityType<?> type = em.getMetamodel().entity(entity);
        return after(entity, type.getId(type.getIdType().getJavaType()).getName(), afterId, limit);
    }

    /**
     * The same over another unique attribute, for an entity whose outbox rows name it by that
     * attribute (a place by its public id).
     */
    public List<String> after(Class<?> entity, String attribute, String afterId, int limit) {
        EntityType<?> type = em.getMetamodel().entity(entity);
        String id = "e." + attribute;
        Class<?> javaType = type.getAttribute(attribute).getJavaType();
        boolean numeric =
                Number.class.isAssignableFrom(javaType)
                        || javaType == long.class
                        || javaType == int.class;
        TypedQuery<Object> query =
                em.createQuery(
                                "select "
                                        + id
                                        + " from "
                                        + type.getName()
                                        + " e"
                                        + (afterId == null ? "" : " where " + id + " > :after")
                                        + " order by "
                                        + id,
                                Object.class)
                        .setMaxResults(limit);
        if (afterId != null) {
            query.setParameter("after", numeric ? (Object) Long.valueOf(afterId) : afterId);
        }
        return query.getResultList().stream().map(String::valueOf).toList();
    }

    /** The ids among these that are numbers, as numbers; the others name no entity. */
    public static List<Long> numeric(Collection<String> ids) {
        List<Long> numbers = new ArrayList<>(ids.size());
        for (String id : ids) {
            try {
                numbers.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                // not an id of a numbered entity
            }
        }
        return numbers;
    }

    /** The items by their key (an entity's id, say), to pick a page's entities out by id. */
    public static <K, T> Map<K, T> byKey(Collection<T> items, Function<T, K> key) {
        Map<K, T> map = new HashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }

    /** The distinct non-null values of {@code key} over the items (the authors of a page, say). */
    public static <K, T> Set<K> distinct(Collection<T> items, Function<T, K> key) {
        Set<K> values = new HashSet<>();
        items.forEach(
                item -> {
                    K value = key.apply(item);
                    if (value != null) {
                        values.add(value);
                    }
                });
        return values;
    }

    /** How many rows the entity has: the total a rebuild announces before it starts. */
    public long count(Class<?> entity) {
        String name = em.getMetamodel().entity(entity).getName();
        return em.createQuery("select count(e) from " + name + " e", Long.class).getSingleResult();
    }
}
