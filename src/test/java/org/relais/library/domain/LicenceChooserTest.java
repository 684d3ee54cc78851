package org.relais.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LicenceChooserTest {
    private final LicenceChooser chooser = new LicenceChooser(LicenceCatalogue.standard());

    @ParameterizedTest(
            name =
                    "publicDomain={0} adapt={1} commercial={2} administration={3} → {4} (recommended {5})")
    @CsvSource({
        "false, YES,         true,  false, CC-BY-4.0,       ",
        "false, SHARE_ALIKE, true,  false, CC-BY-SA-4.0,    ",
        "false, NO,          true,  false, CC-BY-ND-4.0,    ",
        "false, YES,         false, false, CC-BY-NC-4.0,    ",
        "false, SHARE_ALIKE, false, false, CC-BY-NC-SA-4.0, ",
        "false, NO,          false, false, CC-BY-NC-ND-4.0, ",
        "true,  NO,          false, false, CC0-1.0,         ",
        "false, YES,         true,  true,  etalab-2.0,      ",
        "false, SHARE_ALIKE, true,  true,  CC-BY-SA-4.0,    etalab-2.0",
        "false, NO,          false, true,  CC-BY-NC-ND-4.0, etalab-2.0",
        "true,  YES,         true,  true,  CC0-1.0,         etalab-2.0",
    })
    void the_cc_chooser_questions(
            boolean publicDomain,
            LicenceChooser.Adaptations adaptations,
            boolean commercial,
            boolean administration,
            String expected,
            String recommended) {
        LicenceChooser.Choice choice =
                chooser.choose(
                        new LicenceChooser.Answers(
                                publicDomain, adaptations, commercial, administration));

        assertEquals(expected, choice.licence().id());
        assertEquals(Optional.ofNullable(recommended), choice.recommended().map(Licence::id));
    }
}
