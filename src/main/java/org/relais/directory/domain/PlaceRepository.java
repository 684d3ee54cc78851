package org.relais.directory.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where places and the people working there are kept. */
public interface PlaceRepository {
    Optional<Place> findByPublicId(String publicId);

    /** The place, or a not-found error ("lieu introuvable"). */
    Place getByPublicId(String publicId);

    Optional<Place> find(long id);

    /** The same place under another id: same SIRET/RNA and same address. */
    Optional<Place> findByPivotAndAddress(String pivot, String adresse);

    void store(Place place);

    /**
     * Visible places matching the query's filters (words, type, service, public, région, and the
     * bounding box of the radius when a point is given), in name order; distance sorting is the
     * caller's, on this already narrowed list.
     */
    List<Place> search(PlaceQuery query);

    /** Every visible place, for the open-data export. */
    List<Place> visible();

    /** Visible places not updated since the given day (membership stale or due a reminder). */
    List<Place> notUpdatedSince(LocalDate day);

    long countVisible();

    List<PlacePerson> people(long placeId);

    List<PlacePerson> placesOf(long accountId);

    /** The places with these ids, hidden ones included, with their criteria, in one go. */
    List<Place> placesByIds(Collection<Long> ids);

    Optional<PlacePerson> person(long placeId, long accountId);

    void store(PlacePerson person);

    void remove(PlacePerson person);
}
