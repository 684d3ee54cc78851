package org.relais.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relais.directory.domain.Area;
import org.relais.directory.domain.CharterCriteria;
import org.relais.directory.domain.CharterCriterion;
import org.relais.directory.domain.CsvRow;
import org.relais.directory.domain.Place;
import org.relais.directory.domain.PlaceCsv;
import org.relais.directory.domain.PlacePerson;
import org.relais.directory.domain.PlaceRepository;
import org.relais.platform.demo.DemoContext;
import org.relais.platform.demo.DemoContributor;
import org.relais.platform.outbox.SearchOutbox;

/**
 * Demo places: thirty places of digital mediation across France, in the national schema, with the
 * demo members who work there. Places with a manager have signed the charter; the others stand for
 * places imported from another source.
 */
@ApplicationScoped
public class DemoPlaces implements DemoContributor {
    @Inject PlaceRepository places;
    @Inject SearchOutbox outbox;

    /** When the directory was filled, after the last demo member joined. */
    static final int PLACES_DAYS_AGO = 100;

    @Override
    public int order() {
        return 200;
    }

    @Override
    public boolean isEmpty() {
        return places.countVisible() == 0;
    }

    @Override
    @Transactional
    public void load(DemoContext context) {
        Map<String, List<String[]>> people = people();
        Map<String, Area> areas = areas();
        List<CharterCriterion> specific =
                CharterCriteria.charter().all().stream().filter(c -> !c.mandatory()).toList();
        int index = 0;
        for (CsvRow row : read("demo-places.csv").rows()) {
            Map<String, String> values = row.values();
            // listed over ten days, three months ago, once every demo member had joined
            OffsetDateTime listed =
                    context.ago(PLACES_DAYS_AGO - index % 10, 10 + index % 7, 0)
                            .atOffset(ZoneOffset.UTC);
            Place place = Place.describe(values, areas.get(values.get("id")), listed);
            places.store(place);
            List<String[]> staff = people.getOrDefault(place.publicId(), List.of());
            if (!staff.isEmpty()) {
                place.acceptCharter(criteriaFor(index, specific), listed);
            }
            for (String[] person : staff) {
                context.id("member:" + person[0])
                        .ifPresent(
                                accountId -> {
                                    PlacePerson link =
                                            "manager".equals(person[1])
                                                    ? PlacePerson.manager(
                                                            place.id(), accountId, listed)
                                                    : PlacePerson.declared(
                                                            place.id(), accountId, listed);
                                    link.confirm();
                                    places.store(link);
                                });
            }
            outbox.changed(PlaceService.SEARCH_TYPE, place.publicId());
            context.remember("place:" + place.publicId(), place.id());
            index++;
        }
    }

    /** The two generic conditions and six specific criteria, varied from place to place. */
    private static Set<String> criteriaFor(int index, List<CharterCriterion> specific) {
        Set<String> codes = new LinkedHashSet<>();
        CharterCriteria.charter().mandatory().forEach(c -> codes.add(c.code()));
        for (int i = 0; i < 6; i++) {
            codes.add(specific.get((index * 7 + i * 5) % specific.size()).code());
        }
        return codes;
    }

    /**
     * The département and région of each demo place, written beside the places so that a first
     * start does not read the 35,000 communes for thirty of them (half a second of CPU); {@code
     * DemoPlacesDataTest} checks that they are what the commune table gives.
     */
    static Map<String, Area> areas() {
        Map<String, Area> byPlace = new HashMap<>();
        for (CsvRow row : read("demo-place-areas.csv").rows()) {
            Map<String, String> values = row.values();
            byPlace.put(
                    values.get("id"),
                    new Area(values.get("code_departement"), values.get("code_region")));
        }
        return byPlace;
    }

    private static Map<String, List<String[]>> people() {
        Map<String, List<String[]>> byPlace = new HashMap<>();
        for (CsvRow row : read("demo-place-people.csv").rows()) {
            byPlace.computeIfAbsent(row.values().get("place_id"), k -> new ArrayList<>())
                    .add(new String[] {row.values().get("member"), row.values().get("role")});
        }
        return byPlace;
    }

    private static org.relais.directory.domain.CsvTable read(String file) {
        try (InputStream in = DemoPlaces.class.getResourceAsStream("/directory/" + file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return PlaceCsv.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
