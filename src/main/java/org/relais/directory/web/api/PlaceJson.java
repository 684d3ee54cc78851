package org.relais.directory.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relais.directory.application.PersonView;
import org.relais.directory.application.PlaceDraft;
import org.relais.directory.application.PlaceView;
import org.relais.directory.domain.CharterCriterion;
import org.relais.directory.domain.PlaceSchema;
import org.relais.platform.error.RuleViolation;

/**
 * A place on the wire: the schema's own field names ({@code nom}, {@code adresse}, {@code
 * code_postal}…), list columns as JSON arrays, coordinates as numbers, plus {@code
 * charterAccepted}, {@code criteria}, the membership, the people who work there and the {@code
 * revision} that an update hands back.
 */
final class PlaceJson {
    static final Set<String> LIST_COLUMNS =
            Set.of(
                    "typologie",
                    "courriels",
                    "site_web",
                    "services",
                    "publics_specifiquement_adresses",
                    "prise_en_charge_specifique",
                    "frais_a_charge",
                    "dispositif_programmes_nationaux",
                    "formations_labels",
                    "modalites_acces",
                    "modalites_accompagnement",
                    "itinerance");
    private static final Set<String> NUMBER_COLUMNS = Set.of("latitude", "longitude");

    private PlaceJson() {}

    static Map<String, Object> of(PlaceView place) {
        Map<String, Object> json = new LinkedHashMap<>();
        PlaceSchema.v1_0_2()
                .columns()
                .forEach(column -> json.put(column, value(column, place.value(column))));
        json.put("charterAccepted", place.charterAccepted());
        json.put("criteria", place.criteria().stream().map(CharterCriterion::code).toList());
        json.put(
                "membership",
                Map.of(
                        "state",
                        place.membership().name(),
                        "expiresOn",
                        place.membershipExpiresOn().toString()));
        json.put("departement", place.departement());
        json.put("region", place.region());
        if (place.distanceKm() != null) {
            json.put("distanceKm", place.distanceKm());
        }
        List<Map<String, Object>> people = new ArrayList<>();
        for (PersonView person : place.people()) {
            if (person.confirmed()) {
                people.add(
                        Map.of(
                                "id", Long.toString(person.accountId()),
                                "displayName", person.displayName(),
                                "role", person.role().toLowerCase(),
                                "skills", person.skills()));
            }
        }
        json.put("people", people);
        json.put("revision", place.revision());
        return json;
    }

    /** The {@code revision} an update was written from, or null when the client gives none. */
    static String revision(Map<String, Object> body) {
        Object revision = body.get("revision");
        return revision == null ? null : revision.toString();
    }

    /** Schema values as JSON values: lists as arrays, coordinates as numbers, empty as null. */
    static Object value(String column, String raw) {
        if (raw == null || raw.isEmpty()) {
            return LIST_COLUMNS.contains(column) ? List.of() : null;
        }
        if (LIST_COLUMNS.contains(column)) {
            return PlaceSchema.splitList(raw);
        }
        if (NUMBER_COLUMNS.contains(column)) {
            try {
                return Double.valueOf(raw);
            } catch (NumberFormatException e) {
                return raw;
            }
        }
        return raw;
    }

    /** A JSON body as a draft; {@code base} supplies what a partial update leaves out. */
    static PlaceDraft draft(Map<String, Object> body, PlaceDraft base) {
        Map<String, String> values = new LinkedHashMap<>(base.values());
        for (String column : PlaceSchema.v1_0_2().columns()) {
            if (body.containsKey(column)) {
                values.put(column, text(body.get(column)));
            }
        }
        boolean accepted =
                body.containsKey("charterAccepted")
                        ? Boolean.TRUE.equals(body.get("charterAccepted"))
                        : base.charterAccepted();
        Set<String> criteria = base.criteria();
        if (body.containsKey("criteria")) {
            if (!(body.get("criteria") instanceof List<?> list)) {
                throw RuleViolation.of("criteria", "place.json.criteria-list");
            }
            criteria = Set.copyOf(list.stream().map(String::valueOf).toList());
        }
        return new PlaceDraft(values, accepted, criteria);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return PlaceSchema.joinList(list.stream().map(String::valueOf).toList());
        }
        if (value instanceof Number number) {
            return new java.math.BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
