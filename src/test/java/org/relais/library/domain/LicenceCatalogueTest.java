package org.relais.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LicenceCatalogueTest {
    private final LicenceCatalogue catalogue = LicenceCatalogue.standard();

    @Test
    void the_nine_licences_of_the_issue_by_spdx_id_in_order() {
        assertEquals(
                List.of(
                        "CC0-1.0",
                        "CC-BY-4.0",
                        "CC-BY-SA-4.0",
                        "CC-BY-NC-4.0",
                        "CC-BY-ND-4.0",
                        "CC-BY-NC-SA-4.0",
                        "CC-BY-NC-ND-4.0",
                        "etalab-2.0",
                        "LicenseRef-tous-droits-reserves"),
                catalogue.all().stream().map(Licence::id).toList());
    }

    @Test
    void terms_follow_the_legal_codes() {
        assertEquals(EnumSet.allOf(Permission.class), catalogue.get("CC-BY-SA-4.0").permissions());
        assertEquals(
                Set.of(Condition.ATTRIBUTION, Condition.SHARE_ALIKE),
                catalogue.get("CC-BY-SA-4.0").conditions());
        assertFalse(catalogue.get("CC-BY-NC-4.0").permits(Permission.COMMERCIAL));
        assertFalse(catalogue.get("CC-BY-ND-4.0").permits(Permission.ADAPT));
        assertTrue(catalogue.get("CC-BY-ND-4.0").permits(Permission.COMMERCIAL));
        assertEquals(
                Set.of(Permission.REPRODUCE, Permission.SHARE),
                catalogue.get("CC-BY-NC-ND-4.0").permissions());
        assertTrue(catalogue.get("CC0-1.0").conditions().isEmpty());
        assertTrue(catalogue.get("LicenseRef-tous-droits-reserves").permissions().isEmpty());
        assertTrue(catalogue.get("LicenseRef-tous-droits-reserves").allRightsReserved());
        assertEquals(Set.of(Condition.ATTRIBUTION), catalogue.get("etalab-2.0").conditions());
    }

    @Test
    void urls_names_and_badges() {
        Licence bySa = catalogue.get("CC-BY-SA-4.0");
        assertEquals(
                "https://creativecommons.org/licenses/by-sa/4.0/legalcode.fr", bySa.legalCodeUrl());
        assertEquals("https://creativecommons.org/licenses/by-sa/4.0/deed.fr", bySa.deedUrl());
        assertEquals("Creative Commons Attribution-ShareAlike 4.0 International", bySa.nameEn());
        assertTrue(catalogue.get("LicenseRef-tous-droits-reserves").legalCode().isEmpty());
        for (Licence licence : catalogue.all()) {
            Path badge = Path.of("themes/default/assets", licence.badge());
            assertTrue(Files.isRegularFile(badge), "badge of " + licence.id() + ": " + badge);
        }
    }

    @Test
    void etalab_is_the_public_body_default_and_unknown_ids_are_refused() {
        assertEquals("etalab-2.0", catalogue.publicBodyDefault().id());
        assertTrue(catalogue.byId("GPL-3.0").isEmpty());
        assertEquals("CC-BY-4.0", catalogue.byId(" CC-BY-4.0 ").orElseThrow().id());
        assertThrows(IllegalArgumentException.class, () -> catalogue.get("CC-BY-3.0"));
    }
}
