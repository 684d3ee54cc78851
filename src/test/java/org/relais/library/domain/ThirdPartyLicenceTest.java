package org.relais.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThirdPartyLicenceTest {
    @ParameterizedTest(name = "« {0} » → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "CC BY-SA 4.0, site de la MedNum | CC-BY-SA-4.0",
                "Licence CC-BY-NC-SA-4.0 | CC-BY-NC-SA-4.0",
                "cc by 4.0 | CC-BY-4.0",
                "CC BY-NC 4.0 (Pix) | CC-BY-NC-4.0",
                "CC BY-NC-ND 4.0 | CC-BY-NC-ND-4.0",
                "Licence Ouverte / Etalab 2.0 | etalab-2.0",
                "versé dans le domaine public sous CC0 | CC0-1.0",
                "autorisation écrite de l'autrice du 3 mars 2026 | LicenseRef-tous-droits-reserves",
                "'' | LicenseRef-tous-droits-reserves"
            })
    void theWorkKeepsTheLicenceItsPermissionNames(String words, String expected) {
        assertEquals(
                expected, ThirdPartyLicence.required(words, LicenceCatalogue.standard().all()));
    }
}
