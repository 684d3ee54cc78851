package org.relais.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtraGrantsTest {
    private final LicenceCatalogue catalogue = LicenceCatalogue.standard();

    @Test
    void grants_only_make_sense_for_all_rights_reserved_nc_and_nd() {
        for (String free : List.of(Licence.CC0, Licence.CC_BY, Licence.CC_BY_SA, Licence.ETALAB)) {
            assertTrue(ExtraGrants.meaningfulFields(catalogue.get(free)).isEmpty(), free);
        }
        assertEquals(
                List.of(FieldOfUse.values()),
                ExtraGrants.meaningfulFields(catalogue.get(Licence.ALL_RIGHTS_RESERVED)));
        assertEquals(
                List.of(FieldOfUse.PAID_TRAINING),
                ExtraGrants.meaningfulFields(catalogue.get(Licence.CC_BY_NC)));
        assertEquals(
                List.of(FieldOfUse.DISABILITY_ADAPTATION),
                ExtraGrants.meaningfulFields(catalogue.get(Licence.CC_BY_ND)));
        assertEquals(
                List.of(FieldOfUse.DISABILITY_ADAPTATION, FieldOfUse.PAID_TRAINING),
                ExtraGrants.meaningfulFields(catalogue.get(Licence.CC_BY_NC_ND)));
    }

    @Test
    void answers_the_licence_already_permits_are_redundant_and_dropped() {
        ExtraGrants grants =
                ExtraGrants.of(
                        Map.of(
                                FieldOfUse.SCHOOL, GrantAnswer.REFUSED,
                                FieldOfUse.PAID_TRAINING, GrantAnswer.GRANTED));
        Licence byNc = catalogue.get(Licence.CC_BY_NC);

        assertEquals(List.of(FieldOfUse.SCHOOL), grants.redundantFor(byNc));
        assertEquals(
                ExtraGrants.none().with(FieldOfUse.PAID_TRAINING, GrantAnswer.GRANTED),
                grants.effectiveFor(byNc));
        assertEquals(List.of(), grants.redundantFor(catalogue.get(Licence.ALL_RIGHTS_RESERVED)));
    }
}
