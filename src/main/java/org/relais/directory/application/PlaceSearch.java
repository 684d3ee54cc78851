package org.relais.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.directory.domain.Place;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.outbox.EntityIds;
import org.relais.platform.outbox.Searchable;
import org.relais.platform.text.Tags;

/** Places in the search: name, town, presentation and services; hidden places are left out. */
@ApplicationScoped
public class PlaceSearch implements Searchable {
    @Inject PlaceService places;
    @Inject EntityIds entityIds;

    @Override
    public String entityType() {
        return PlaceService.SEARCH_TYPE;
    }

    @Override
    public List<String> ids(String afterId, int limit) {
        return entityIds.after(Place.class, "publicId", afterId, limit);
    }

    @Override
    public long count() {
        return entityIds.count(Place.class);
    }

    @Override
    public Optional<Document> document(String entityId) {
        PlaceView place;
        try {
            place = places.get(entityId);
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
        if (place.hidden()) {
            return Optional.empty();
        }
        String town = place.value("commune");
        String body =
                String.join(
                        "\n",
                        town,
                        place.value("adresse"),
                        place.value("presentation_resume"),
                        place.value("presentation_detail"),
                        String.join(", ", place.list("services")),
                        String.join(", ", place.list("typologie")));
        return Optional.of(
                new Document(
                        entityId,
                        "place",
                        place.value("nom"),
                        body,
                        new LinkedHashSet<>(Tags.normalizeAll(place.list("services"))),
                        town,
                        null,
                        null,
                        "public",
                        "/lieux/" + entityId,
                        Map.of(
                                "place",
                                entityId,
                                "region",
                                place.region() == null ? "" : place.region())));
    }
}
