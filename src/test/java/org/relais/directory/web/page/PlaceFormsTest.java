package org.relais.directory.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relais.directory.application.PlaceDraft;
import org.relais.directory.application.PlaceView;
import org.relais.directory.domain.PlaceSchema;

/** What an edit conflict lists: the saved fields that really differ from what was sent. */
class PlaceFormsTest {
    private static final String SERVICES =
            "Aide aux démarches administratives|Maîtrise des outils numériques du quotidien";

    private static PlaceView saved(Map<String, String> values) {
        return new PlaceView(
                "epn-blosne",
                values,
                true,
                List.of(),
                null,
                null,
                "35",
                "Bretagne",
                48.11,
                -1.68,
                null,
                false,
                List.of());
    }

    private static List<String> differingTitles(
            Map<String, String> saved, Map<String, String> sent) {
        return PlaceForms.differences(saved(saved), new PlaceDraft(sent, true, Set.of())).stream()
                .map(PlaceForms.SavedField::title)
                .toList();
    }

    private static String title(String column) {
        return PlaceSchema.v1_0_2().field(column).orElseThrow().title();
    }

    @Test
    void checkboxesSentInAnotherOrderThanSavedAreNotADifference() {
        String reversed =
                "Maîtrise des outils numériques du quotidien|Aide aux démarches administratives";
        assertEquals(
                List.of(),
                differingTitles(
                        Map.of("nom", "EPN du Blosne", "services", SERVICES),
                        Map.of("nom", "EPN du Blosne", "services", reversed)));
    }

    @Test
    void checkboxesWithAnotherValueAreADifference() {
        assertEquals(
                List.of(title("services")),
                differingTitles(
                        Map.of("nom", "EPN du Blosne", "services", SERVICES),
                        Map.of(
                                "nom",
                                "EPN du Blosne",
                                "services",
                                "Aide aux démarches administratives")));
    }

    @Test
    void typedTextIsComparedWithoutItsSurroundingSpaces() {
        Map<String, String> saved = Map.of("nom", "EPN du Blosne");
        assertEquals(List.of(), differingTitles(saved, Map.of("nom", " EPN du Blosne ")));
        assertEquals(List.of(title("nom")), differingTitles(saved, Map.of("nom", "EPN Blosne")));
    }
}
