package org.relais.library.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.relais.library.domain.FileFamily;
import org.relais.library.domain.KitFilter;
import org.relais.platform.error.RuleViolation;

class KitFiltersTest {
    @Test
    void knownValuesFilterAndBlankOnesDoNot() {
        KitFilter filter = KitFilters.of(" Numérique Responsable ", "CC-BY-4.0", "PDF");
        assertEquals("numerique-responsable", filter.tag());
        assertEquals("CC-BY-4.0", filter.licenceId());
        assertEquals(FileFamily.PDF, filter.family());
        KitFilter none = KitFilters.of("", " ", null);
        assertNull(none.licenceId());
        assertNull(none.family());
    }

    @Test
    void anUnknownLicenceOrTypeIsRefusedNamingItsFieldInsteadOfListingEverything() {
        RuleViolation licence =
                assertThrows(RuleViolation.class, () -> KitFilters.of(null, "CC-BY-9.0", null));
        assertEquals("licence", licence.errors().get(0).field());
        RuleViolation type =
                assertThrows(RuleViolation.class, () -> KitFilters.of(null, null, "bogus"));
        assertEquals("type", type.errors().get(0).field());
    }
}
