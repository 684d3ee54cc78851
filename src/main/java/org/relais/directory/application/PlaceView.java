package org.relais.directory.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.relais.directory.domain.CharterCriterion;
import org.relais.directory.domain.MembershipState;
import org.relais.directory.domain.PlaceSchema;
import org.relais.platform.validation.Revision;

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

    /** What the edit form and the API hand back, so that an edit made in between is kept. */
    public String revision() {
        return revisionOf(values, criteria.stream().map(CharterCriterion::code).toList());
    }

    /**
     * A place's revision: its values column by column, but {@code date_maj} which every save moves
     * to the day, and the charter criteria it declares, in any order.
     */
    public static String revisionOf(Map<String, String> values, Collection<String> criteria) {
        List<Object> parts = new ArrayList<>();
        for (String column : PlaceSchema.v1_0_2().columns()) {
            if (!column.equals("date_maj")) {
                parts.add(values.getOrDefault(column, ""));
            }
        }
        parts.add(criteria.stream().sorted().toList());
        return Revision.of(parts.toArray());
    }
}
