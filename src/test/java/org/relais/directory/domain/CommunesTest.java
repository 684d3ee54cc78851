package org.relais.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommunesTest {
    private final Communes communes = Communes.france();

    @Test
    void theWholeTableShips() {
        assertTrue(communes.size() > 34_000, "communes: " + communes.size());
        assertTrue(communes.regions().size() >= 18);
    }

    @ParameterizedTest
    @CsvSource({
        "Rennes,35238",
        "rennes,35238",
        "35000,35238",
        "saint etienne,42218",
        "Saint-Étienne,42218",
        "69266,69266",
        "Villeurbanne,69266",
    })
    void aTownIsFoundByNamePostalCodeOrInseeCode(String typed, String insee) {
        assertEquals(insee, communes.find(typed).orElseThrow().codeInsee());
    }

    @Test
    void regionsAreInFrenchAlphabeticalOrderWithAccentedInitialsInTheirPlace() {
        List<String> names = communes.regions().stream().map(Communes.Territory::nom).toList();
        int hautsDeFrance = names.indexOf("Hauts-de-France");
        int ileDeFrance = names.indexOf("Île-de-France");
        int reunion = names.indexOf("La Réunion");
        assertTrue(
                hautsDeFrance < ileDeFrance && ileDeFrance < reunion,
                "Île-de-France between Hauts-de-France and La Réunion: " + names);
    }

    @Test
    void unknownTownsAreNotGuessed() {
        assertTrue(communes.find("Atlantide").isEmpty());
        assertTrue(communes.find("").isEmpty());
    }

    @Test
    void aPlaceGetsItsDepartementAndRegion() {
        assertEquals(new Area("35", "53"), communes.areaOf("35238", "35000"));
        assertEquals(new Area("35", "53"), communes.areaOf(null, "35000"));
        assertEquals("Ille-et-Vilaine", communes.departement("35").orElseThrow().nom());
        assertEquals("Bretagne", communes.region("53").orElseThrow().nom());
        assertEquals(Area.UNKNOWN, communes.areaOf(null, "00000"));
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        GeoPoint paris = new GeoPoint(48.8566, 2.3522);
        GeoPoint lyon = new GeoPoint(45.7640, 4.8357);
        assertEquals(392, paris.distanceKm(lyon), 3);
        assertEquals(0, paris.distanceKm(paris), 1e-9);
        double[] box = paris.boundingBox(10);
        assertTrue(box[0] < 48.8566 && box[1] > 48.8566 && box[2] < 2.3522 && box[3] > 2.3522);
    }
}
