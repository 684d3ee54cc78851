package org.relais.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.relais.directory.domain.Membership;
import org.relais.directory.domain.Place;
import org.relais.directory.domain.PlacePerson;
import org.relais.directory.domain.PlaceRepository;
import org.relais.platform.personaldata.PersonalDataSection;

/**
 * The directory's part of a member's data export: the places they manage or said they work at, and
 * for the places they manage, the network membership they declared for it (charter and criteria).
 */
@ApplicationScoped
public class DirectoryPersonalData implements PersonalDataSection {
    @Inject PlaceRepository places;
    @Inject Clock clock;

    /** The directory's section. */
    public record DirectoryData(List<PlaceLink> places) {}

    /**
     * A member's link to a place: its role there, whether a manager confirmed it, since when.
     * Hidden places (taken down by a moderator) stay: the link is still kept.
     */
    public record PlaceLink(
            String placeId,
            String name,
            String commune,
            String role,
            boolean confirmed,
            OffsetDateTime declaredAt,
            boolean hidden,
            CharterMembership charter) {}

    /** What the place's managers declared to join the network; null for a place not managed. */
    public record CharterMembership(
            OffsetDateTime charterAcceptedAt,
            Set<String> criteria,
            LocalDate joinedOn,
            LocalDate lastUpdate,
            LocalDate expiresOn,
            String state) {}

    @Override
    public String name() {
        return "directory";
    }

    @Override
    public DirectoryData of(long memberId) {
        List<PlacePerson> links = places.placesOf(memberId);
        Map<Long, Place> byId =
                places.placesByIds(links.stream().map(PlacePerson::placeId).toList()).stream()
                        .collect(Collectors.toMap(Place::id, Function.identity()));
        return new DirectoryData(
                links.stream()
                        .filter(link -> byId.containsKey(link.placeId()))
                        .map(link -> link(link, byId.get(link.placeId())))
                        .sorted(Comparator.comparing(PlaceLink::name))
                        .toList());
    }

    private PlaceLink link(PlacePerson link, Place place) {
        return new PlaceLink(
                place.publicId(),
                place.nom(),
                place.commune(),
                link.role().name(),
                link.confirmed(),
                link.createdAt(),
                place.hidden(),
                link.isManager() ? charter(place) : null);
    }

    private CharterMembership charter(Place place) {
        Membership membership = place.membership();
        return new CharterMembership(
                place.charterAcceptedAt(),
                place.criteria(),
                membership.joinedAt(),
                membership.lastUpdate(),
                membership.expiresOn(),
                membership.state(LocalDate.now(clock)).name());
    }
}
