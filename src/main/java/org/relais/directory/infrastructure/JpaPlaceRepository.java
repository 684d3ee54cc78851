package org.relais.directory.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import org.relais.directory.domain.Place;
import org.relais.directory.domain.PlacePerson;
import org.relais.directory.domain.PlaceQuery;
import org.relais.directory.domain.PlaceRepository;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.persistence.EntitiesByIds;

/** Places in the relational database, through JPA. */
@ApplicationScoped
public class JpaPlaceRepository implements PlaceRepository {
    @PersistenceContext(unitName = "relais")
    EntityManager em;

    @Override
    public Optional<Place> findByPublicId(String publicId) {
        return em.createQuery("select p from Place p where p.publicId = :id", Place.class)
                .setParameter("id", publicId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Place getByPublicId(String publicId) {
        return findByPublicId(publicId).orElseThrow(() -> new NotFoundException("place.not-found"));
    }

    @Override
    public Optional<Place> find(long id) {
        return Optional.ofNullable(em.find(Place.class, id));
    }

    @Override
    public Optional<Place> findByPivotAndAddress(String pivot, String adresse) {
        return em.createQuery(
                        "select p from Place p where p.pivot = :pivot and lower(p.adresse) = :adresse"
                                + " order by p.id",
                        Place.class)
                .setParameter("pivot", pivot)
                .setParameter("adresse", adresse.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(Place place) {
        if (place.id() == null) {
            em.persist(place);
            em.flush();
        }
    }

    @Override
    public List<Place> search(PlaceQuery query) {
        StringBuilder jpql = new StringBuilder("select p from Place p where p.hidden = false");
        Map<String, Object> parameters = new HashMap<>();
        if (notBlank(query.text())) {
            int i = 0;
            for (String word : query.text().toLowerCase(Locale.ROOT).split("\\s+")) {
                String name = "w" + i++;
                jpql.append(" and (lower(p.nom) like :")
                        .append(name)
                        .append(" escape '!'")
                        .append(" or lower(p.commune) like :")
                        .append(name)
                        .append(" escape '!'")
                        .append(" or p.codePostal like :")
                        .append(name)
                        .append(" escape '!'")
                        .append(" or lower(p.services) like :")
                        .append(name)
                        .append(" escape '!')");
                parameters.put(name, "%" + escapeLike(word) + "%");
            }
        }
        listFilter(jpql, parameters, "typologie", "type", query.type());
        listFilter(jpql, parameters, "services", "service", query.service());
        listFilter(jpql, parameters, "publics", "publicServed", query.publicServed());
        if (notBlank(query.region())) {
            jpql.append(" and p.region = :region");
            parameters.put("region", query.region());
        }
        if (notBlank(query.departement())) {
            jpql.append(" and p.departement = :departement");
            parameters.put("departement", query.departement().strip().toUpperCase(Locale.ROOT));
        }
        if (query.near().isPresent()) {
            double[] box = query.near().get().boundingBox(query.radiusKm());
            jpql.append(
                    " and p.latitude between :latMin and :latMax and p.longitude between :lonMin and :lonMax");
            parameters.put("latMin", box[0]);
            parameters.put("latMax", box[1]);
            parameters.put("lonMin", box[2]);
            parameters.put("lonMax", box[3]);
        }
        jpql.append(" order by p.nom, p.id");
        TypedQuery<Place> typed = em.createQuery(jpql.toString(), Place.class);
        parameters.forEach(typed::setParameter);
        return typed.getResultList();
    }

    /** A value of a '|'-separated list column: whole values only ("Seniors" is not "Seniors+"). */
    private static void listFilter(
            StringBuilder jpql,
            Map<String, Object> parameters,
            String column,
            String name,
            String value) {
        if (notBlank(value)) {
            jpql.append(" and concat('|', concat(p.")
                    .append(column)
                    .append(", '|')) like :")
                    .append(name)
                    .append(" escape '!'");
            parameters.put(name, "%|" + escapeLike(value.strip()) + "|%");
        }
    }

    private static String escapeLike(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public List<Place> visible() {
        return em.createQuery(
                        "select p from Place p where p.hidden = false order by p.id", Place.class)
                .getResultList();
    }

    @Override
    public List<Place> notUpdatedSince(LocalDate day) {
        return em.createQuery(
                        "select p from Place p where p.hidden = false and p.lastUpdate <= :day"
                                + " order by p.lastUpdate, p.id",
                        Place.class)
                .setParameter("day", day)
                .getResultList();
    }

    @Override
    public long countVisible() {
        return em.createQuery("select count(p) from Place p where p.hidden = false", Long.class)
                .getSingleResult();
    }

    @Override
    public List<PlacePerson> people(long placeId) {
        return em.createQuery(
                        "select pp from PlacePerson pp where pp.placeId = :place order by pp.role, pp.createdAt",
                        PlacePerson.class)
                .setParameter("place", placeId)
                .getResultList();
    }

    @Override
    public List<PlacePerson> placesOf(long accountId) {
        return new ArrayList<>(
                em.createQuery(
                                "select pp from PlacePerson pp where pp.accountId = :account",
                                PlacePerson.class)
                        .setParameter("account", accountId)
                        .getResultList());
    }

    @Override
    public List<Place> placesByIds(Collection<Long> ids) {
        // the criteria of all the places in one more query, not one per place
        return EntitiesByIds.find(
                em,
                Place.class,
                ids,
                Map.of(QueryHints.BATCH, "e.criteria", QueryHints.BATCH_TYPE, BatchFetchType.IN));
    }

    @Override
    public Optional<PlacePerson> person(long placeId, long accountId) {
        return Optional.ofNullable(
                em.find(PlacePerson.class, new PlacePerson.Key(placeId, accountId)));
    }

    @Override
    public void store(PlacePerson person) {
        em.persist(person);
    }

    @Override
    public void remove(PlacePerson person) {
        em.remove(person);
    }
}
