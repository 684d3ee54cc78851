package org.relais.directory.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.relais.directory.domain.CharterCriterion;
import org.relais.directory.domain.MembershipState;

/**
 * A place as pages and the API show it: its schema values, where it is, its standing in the network
 * and the people who work there. {@code distanceKm} is set when searching near a point.
 */
public record PlaceView(
        String id,
        Map<String, String> values,
        boolean charterAccepted,
        List<CharterCriterion> criteria,
        MembershipState membership,
        LocalDate membershipExpiresOn,
        String departement,
        String region,
        Double latitude,
        Double longitude,
        Double distanceKm,
        boolean hidden,
        List<PersonView> people) {
    public String value(String column) {
        return values.getOrDefault(column, "");
    }

    public List<String> list(String column) {
        return org.relais.directory.domain.PlaceSchema.splitList(value(column));
    }

    public boolean stale() {
        return membership == MembershipState.STALE;
    }
}
