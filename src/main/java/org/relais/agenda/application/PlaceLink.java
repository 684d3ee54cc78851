package org.relais.agenda.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.relais.directory.application.PersonView;
import org.relais.directory.application.PlaceService;
import org.relais.directory.application.PlaceView;
import org.relais.directory.domain.Communes;
import org.relais.platform.error.NotFoundException;

/**
 * What the agenda needs from the directory: a place's name and region, and who animates it (the
 * members the directory confirms as working there).
 */
@ApplicationScoped
public class PlaceLink {
    @Inject PlaceService places;

    /** A directory place as an event refers to it; {@code region} is the region's code. */
    public record LinkedPlace(
            String id, String name, String commune, String region, List<Long> animators) {}

    public Optional<LinkedPlace> find(String placeId) {
        if (placeId == null || placeId.isBlank()) {
            return Optional.empty();
        }
        try {
            PlaceView place = places.get(placeId.strip());
            return Optional.of(
                    new LinkedPlace(
                            place.id(),
                            place.value("nom"),
                            place.value("commune"),
                            regionCode(place.region()),
                            place.people().stream()
                                    .filter(PersonView::confirmed)
                                    .map(PersonView::accountId)
                                    .toList()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Public ids of the places where the member is a confirmed animator. */
    public List<String> placesAnimatedBy(long accountId) {
        return places.placesOf(accountId).stream()
                .filter(PlaceService.MemberPlace::confirmed)
                .map(PlaceService.MemberPlace::id)
                .toList();
    }

    private static String regionCode(String name) {
        return Communes.france().regions().stream()
                .filter(r -> r.nom().equals(name))
                .map(Communes.Territory::code)
                .findFirst()
                .orElse(null);
    }

    /** The places where the member works (confirmed or not): the choices of the event form. */
    public List<PlaceService.MemberPlace> placesOf(long accountId) {
        return places.placesOf(accountId);
    }
}
