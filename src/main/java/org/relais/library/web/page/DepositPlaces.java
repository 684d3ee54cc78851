package org.relais.library.web.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relais.directory.application.PlaceService;
import org.relais.directory.domain.PlaceQuery;
import org.relais.library.application.DraftState;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.CurrentCaller;

/**
 * The places where a kit was used, on the details step: the depositor's own places and those
 * already chosen as boxes to tick, and any visible place of the directory by its name (suggested by
 * a datalist, so it works without JavaScript).
 */
@RequestScoped
class DepositPlaces {
    @Inject PlaceService places;
    @Inject CurrentCaller caller;

    /** A place the details step offers: its directory id and "Name (Town)". */
    record PlaceChoice(String id, String label) {}

    /** Every visible place of the directory, for the suggestions of the places field. */
    List<PlaceChoice> directory() {
        return places.search(PlaceQuery.everything()).stream()
                .map(p -> new PlaceChoice(p.id(), label(p.value("nom"), p.value("commune"))))
                .sorted(Comparator.comparing(PlaceChoice::label))
                .toList();
    }

    /** The depositor's own places and those already chosen, as boxes to tick. */
    List<PlaceChoice> choices(DraftState s) {
        Map<String, PlaceChoice> choices = new LinkedHashMap<>();
        places.placesOf(caller.requireId())
                .forEach(
                        p ->
                                choices.put(
                                        p.id(),
                                        new PlaceChoice(p.id(), label(p.nom(), p.commune()))));
        for (String id : s.places) {
            if (!choices.containsKey(id)) {
                try {
                    var place = places.get(id);
                    choices.put(
                            id,
                            new PlaceChoice(id, label(place.value("nom"), place.value("commune"))));
                } catch (NotFoundException hidden) {
                    // a place hidden since it was chosen is no longer offered
                }
            }
        }
        return List.copyOf(choices.values());
    }

    /**
     * The directory ids of places typed in the field (as suggested, "Name (Town)", or by id).
     *
     * @throws RuleViolation naming what matches no visible place
     */
    List<String> ids(List<String> typed) {
        List<String> ids = new ArrayList<>();
        List<PlaceChoice> all = null;
        for (String text : typed) {
            String wanted = text.strip();
            if (wanted.isEmpty()) {
                continue;
            }
            if (all == null) {
                all = directory();
            }
            ids.add(
                    all.stream()
                            .filter(
                                    p ->
                                            p.id().equals(wanted)
                                                    || p.label().equalsIgnoreCase(wanted))
                            .findFirst()
                            .map(PlaceChoice::id)
                            .orElseThrow(
                                    () ->
                                            RuleViolation.of(
                                                    "places", "library.place.not-found", wanted)));
        }
        return ids;
    }

    private static String label(String name, String town) {
        return town == null || town.isBlank() ? name : name + " (" + town + ")";
    }
}
