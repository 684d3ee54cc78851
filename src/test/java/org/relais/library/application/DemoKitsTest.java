package org.relais.library.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relais.library.domain.ExtraGrants;
import org.relais.library.domain.Licence;
import org.relais.library.domain.LicenceCatalogue;
import org.relais.library.domain.Origin;
import org.relais.library.domain.ThirdPartyLicence;
import org.relais.platform.text.Tags;

/** The demo kits pass the deposit's rules, so the demo loads without a refused kit. */
class DemoKitsTest {
    private final LicenceCatalogue licences = LicenceCatalogue.standard();

    @Test
    void everyDemoKitHasItsFilesAValidOriginAndGrantsItsLicenceLeavesRoomFor() {
        Set<String> licencesUsed = new HashSet<>();
        for (DemoKits.DemoKit kit : DemoKits.KITS) {
            assertTrue(DemoKitFiles.kits().contains(kit.folder()), kit.folder());
            assertTrue(!DemoKitFiles.files(kit.folder()).isEmpty(), kit.folder());
            assertEquals(java.util.List.of(), kit.origin().problems(), kit.title());
            Licence licence = licences.byId(kit.licence()).orElseThrow();
            licencesUsed.add(licence.id());
            assertEquals(
                    java.util.List.of(),
                    ExtraGrants.of(kit.grants()).redundantFor(licence),
                    kit.title());
            if (kit.origin().kind() == Origin.Kind.THIRD_PARTY) {
                assertEquals(
                        licence.id(),
                        ThirdPartyLicence.required(
                                kit.origin().existingPermission(), licences.all()));
            }
            assertTrue(kit.title().length() >= 5 && kit.title().length() <= 200, kit.title());
            assertTrue(kit.summary().length() <= 500, kit.title());
            Set<String> defined = new HashSet<>();
            DemoKits.TAGS.forEach(t -> defined.add(Tags.normalize(t[0]).orElseThrow()));
            kit.tags().forEach(t -> assertTrue(defined.contains(t), t));
        }
        assertEquals(12, DemoKits.KITS.size());
        assertEquals(
                licences.all().size(),
                licencesUsed.size(),
                "every licence of the catalogue is shown");
    }
}
