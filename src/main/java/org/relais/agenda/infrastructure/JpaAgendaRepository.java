package org.relais.agenda.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import org.relais.agenda.domain.AgendaFilter;
import org.relais.agenda.domain.AgendaRepository;
import org.relais.agenda.domain.Event;
import org.relais.agenda.domain.FeedToken;
import org.relais.agenda.domain.Publication;
import org.relais.agenda.domain.Registration;
import org.relais.platform.error.NotFoundException;

@ApplicationScoped
public class JpaAgendaRepository implements AgendaRepository {
    @PersistenceContext(unitName = "relais")
    EntityManager em;

    @Override
    public Optional<Event> find(long id) {
        return Optional.ofNullable(em.find(Event.class, id));
    }

    @Override
    public Event get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("agenda.event.not-found"));
    }

    @Override
    public void store(Event event) {
        if (event.id() == null) {
            em.persist(event);
            em.flush();
        }
    }

    @Override
    public void remove(Event event) {
        em.remove(event);
    }

    @Override
    public List<Event> published(AgendaFilter filter, OffsetDateTime from, OffsetDateTime to) {
        StringBuilder jpql =
                new StringBuilder(
                        "select distinct e from Event e"
                                // an event's tags are a map, slug to words: filtered on the slug
                                + (filter.tag() == null ? "" : " join e.tags t")
                                + " where e.publication = :published"
                                + " and e.startsAt < :to and (e.lastEndsAt is null or e.lastEndsAt > :from)");
        if (filter.placeId() != null) {
            jpql.append(" and e.placeId = :place");
        }
        if (filter.region() != null) {
            jpql.append(" and e.region = :region");
        }
        if (filter.tag() != null) {
            jpql.append(" and key(t) = :tag");
        }
        if (filter.online()) {
            jpql.append(" and e.onlineUrl is not null");
        }
        TypedQuery<Event> query =
                em.createQuery(jpql.append(" order by e.startsAt, e.id").toString(), Event.class)
                        .setParameter("published", Publication.PUBLISHED)
                        .setParameter("from", from)
                        .setParameter("to", to);
        if (filter.placeId() != null) {
            query.setParameter("place", filter.placeId());
        }
        if (filter.region() != null) {
            query.setParameter("region", filter.region());
        }
        if (filter.tag() != null) {
            query.setParameter("tag", filter.tag());
        }
        return query.getResultList();
    }

    @Override
    public Map<String, String> typedTags(Collection<String> slugs) {
        Map<String, String> words = new HashMap<>();
        if (slugs.isEmpty()) {
            return words;
        }
        em.createQuery(
                        "select key(t), value(t) from Event e join e.tags t"
                                + " where e.publication = :published and key(t) in :slugs"
                                + " and value(t) is not null order by e.id",
                        Object[].class)
                .setParameter("published", Publication.PUBLISHED)
                .setParameter("slugs", List.copyOf(slugs))
                .getResultList()
                .forEach(row -> words.putIfAbsent((String) row[0], (String) row[1]));
        return words;
    }

    @Override
    public List<Event> pending(List<String> placeIds) {
        if (placeIds != null && placeIds.isEmpty()) {
            return List.of();
        }
        String jpql =
                "select e from Event e where e.publication = :pending"
                        + (placeIds == null ? "" : " and e.placeId in :places")
                        + " order by e.createdAt";
        TypedQuery<Event> query =
                em.createQuery(jpql, Event.class).setParameter("pending", Publication.PENDING);
        if (placeIds != null) {
            query.setParameter("places", placeIds);
        }
        return query.getResultList();
    }

    @Override
    public List<Event> newest(int limit) {
        return em.createQuery(
                        "select e from Event e where e.publication = :published order by e.createdAt desc, e.id desc",
                        Event.class)
                .setParameter("published", Publication.PUBLISHED)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean isEmpty() {
        return em.createQuery("select e.id from Event e", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Event lock(long id) {
        Event event = em.find(Event.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw new NotFoundException("agenda.event.not-found");
        }
        return event;
    }

    @Override
    public Optional<Registration> registration(long eventId, String occurrence, long accountId) {
        return em.createQuery(
                        "select r from Registration r where r.eventId = :e"
                                + " and r.occurrenceKey = :o and r.accountId = :a",
                        Registration.class)
                .setParameter("e", eventId)
                .setParameter("o", occurrence)
                .setParameter("a", accountId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(Registration registration) {
        if (registration.id() == null) {
            em.persist(registration);
        }
    }

    @Override
    public void remove(Registration registration) {
        em.remove(registration);
    }

    @Override
    public long countRegistrations(long eventId, String occurrence, Registration.Status status) {
        return em.createQuery(
                        "select count(r) from Registration r where r.eventId = :e"
                                + " and r.occurrenceKey = :o and r.status = :s",
                        Long.class)
                .setParameter("e", eventId)
                .setParameter("o", occurrence)
                .setParameter("s", status)
                .getSingleResult();
    }

    @Override
    public List<Registration> waiting(long eventId, String occurrence) {
        return em.createQuery(
                        "select r from Registration r where r.eventId = :e and r.occurrenceKey = :o"
                                + " and r.status = :s order by r.createdAt, r.id",
                        Registration.class)
                .setParameter("e", eventId)
                .setParameter("o", occurrence)
                .setParameter("s", Registration.Status.WAITING)
                .getResultList();
    }

    @Override
    public List<Registration> registrations(long eventId) {
        return em.createQuery(
                        "select r from Registration r where r.eventId = :e"
                                + " order by r.occurrenceKey, r.createdAt, r.id",
                        Registration.class)
                .setParameter("e", eventId)
                .getResultList();
    }

    @Override
    public List<Long> bookedEventIds(long accountId) {
        return em.createQuery(
                        "select distinct r.eventId from Registration r where r.accountId = :a",
                        Long.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    @Override
    public List<Event> organisedBy(long accountId) {
        return withCollections(
                        em.createQuery(
                                "select e from Event e where e.organiserId = :a"
                                        + " order by e.createdAt, e.id",
                                Event.class))
                .setParameter("a", accountId)
                .getResultList();
    }

    @Override
    public List<Registration> registrationsOf(long accountId) {
        return em.createQuery(
                        "select r from Registration r where r.accountId = :a"
                                + " order by r.createdAt, r.id",
                        Registration.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    @Override
    public List<Event> bookedBy(long accountId) {
        return withCollections(
                        em.createQuery(
                                "select e from Event e where e.id in"
                                        + " (select r.eventId from Registration r where r.accountId = :a)",
                                Event.class))
                .setParameter("a", accountId)
                .getResultList();
    }

    /** The tags and changed occurrences of all the events in two more queries, not per event. */
    private static TypedQuery<Event> withCollections(TypedQuery<Event> query) {
        return query.setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .setHint(QueryHints.BATCH, "e.tags")
                .setHint(QueryHints.BATCH, "e.changes");
    }

    @Override
    public Optional<FeedToken> feedTokenOf(long accountId) {
        return Optional.ofNullable(em.find(FeedToken.class, accountId));
    }

    @Override
    public Optional<FeedToken> feedTokenByDigest(String digest) {
        return em.createQuery("select t from FeedToken t where t.tokenDigest = :d", FeedToken.class)
                .setParameter("d", digest)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(FeedToken token) {
        em.persist(token);
    }

    @Override
    public void remove(FeedToken token) {
        em.remove(token);
    }
}
