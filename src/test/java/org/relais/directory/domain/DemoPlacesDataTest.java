package org.relais.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo places are what a newcomer sees first: every row must be valid national data. */
class DemoPlacesDataTest {
    private static CsvTable read(String file) throws IOException {
        try (Reader reader =
                new InputStreamReader(
                        DemoPlacesDataTest.class.getResourceAsStream("/directory/" + file),
                        StandardCharsets.UTF_8)) {
            return PlaceCsv.read(reader);
        }
    }

    @Test
    void thirtyValidPlacesInKnownCommunes() throws IOException {
        CsvTable places = read("demo-places.csv");
        assertEquals(30, places.rows().size());
        assertTrue(places.unknownColumns().isEmpty());
        Set<String> ids = new HashSet<>();
        for (CsvRow row : places.rows()) {
            assertEquals(
                    List.of(), PlaceSchema.v1_0_2().validate(row.values()), "line " + row.line());
            assertTrue(ids.add(row.values().get("id")), "unique id " + row.values().get("id"));
            assertTrue(
                    Communes.france().byInsee(row.values().get("code_insee")).isPresent(),
                    "commune of line " + row.line());
        }
    }

    @Test
    void theAreasWrittenBesideThePlacesAreThoseOfTheirCommunes() throws IOException {
        Map<String, Map<String, String>> areas = new HashMap<>();
        read("demo-place-areas.csv")
                .rows()
                .forEach(r -> areas.put(r.values().get("id"), r.values()));
        CsvTable places = read("demo-places.csv");
        assertEquals(places.rows().size(), areas.size());
        for (CsvRow row : places.rows()) {
            Map<String, String> values = row.values();
            Map<String, String> area = areas.get(values.get("id"));
            assertNotNull(area, values.get("id"));
            assertEquals(values.get("code_insee"), area.get("code_insee"));
            assertEquals(
                    Communes.france().areaOf(values.get("code_insee"), values.get("code_postal")),
                    new Area(area.get("code_departement"), area.get("code_region")),
                    values.get("id"));
        }
    }

    @Test
    void peopleWorkAtDemoPlaces() throws IOException {
        Set<String> ids = new HashSet<>();
        read("demo-places.csv").rows().forEach(r -> ids.add(r.values().get("id")));
        CsvTable people = read("demo-place-people.csv");
        assertTrue(people.rows().size() >= 10);
        for (CsvRow row : people.rows()) {
            assertTrue(ids.contains(row.values().get("place_id")), row.values().toString());
            assertTrue(Set.of("manager", "member").contains(row.values().get("role")));
        }
    }
}
