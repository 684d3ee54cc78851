package org.relais.directory.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.relais.directory.domain.PlaceQuery;
import org.relais.platform.error.RuleViolation;

class PlaceSearchRequestTest {
    private static PlaceSearchRequest filters(
            String service, String publicServed, String region, String departement) {
        return new PlaceSearchRequest(
                null, null, service, publicServed, region, departement, null, null);
    }

    private static String refusedField(PlaceSearchRequest request) {
        return assertThrows(RuleViolation.class, request::toQuery).errors().get(0).field();
    }

    @Test
    void valuesFromTheSchemaAndTheTerritoriesAreSearched() {
        PlaceQuery query =
                filters("Aide aux démarches administratives", "Seniors", "53", "35").toQuery();
        assertEquals("Aide aux démarches administratives", query.service());
        assertEquals("Seniors", query.publicServed());
        assertEquals("53", query.region());
        assertEquals("35", query.departement());
        assertDoesNotThrow(() -> filters(null, null, null, "2a").toQuery());
    }

    @Test
    void aValueOutsideTheListsIsRefusedNamingItsFieldRatherThanMatchingNothing() {
        assertEquals("service", refusedField(filters("Réparation de vélos", null, null, null)));
        assertEquals("public", refusedField(filters(null, "bogus", null, null)));
        assertEquals("region", refusedField(filters(null, null, "Bretagne", null)));
        assertEquals("departement", refusedField(filters(null, null, null, "999")));
    }

    @Test
    void blankFiltersAreNoFilters() {
        assertDoesNotThrow(() -> filters(" ", "", null, "  ").toQuery());
    }
}
