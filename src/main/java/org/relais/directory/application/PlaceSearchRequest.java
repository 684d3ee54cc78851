package org.relais.directory.application;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.relais.directory.domain.Communes;
import org.relais.directory.domain.GeoPoint;
import org.relais.directory.domain.PlaceQuery;
import org.relais.directory.domain.PlaceSchema;
import org.relais.platform.error.RuleViolation;

/**
 * A directory search as typed in a form or a query string. {@code near} is either "lat,lon" or a
 * town (name, postal code or INSEE code) found in the embedded table of communes.
 */
public record PlaceSearchRequest(
        String q,
        String type,
        String service,
        String publicServed,
        String region,
        String departement,
        String near,
        String radiusKm) {

    /**
     * The query to run, or a rule violation naming the field that cannot be understood: a service
     * or a public outside the national schema's lists, or a région or département code that does
     * not exist, is refused rather than silently matching nothing. The type is free in the schema.
     */
    public PlaceQuery toQuery() {
        double radius = parseRadius();
        Communes communes = Communes.france();
        checkAmong("service", service, PlaceSchema.allowedValues("services")::contains);
        checkAmong(
                "public",
                publicServed,
                PlaceSchema.allowedValues("publics_specifiquement_adresses")::contains);
        checkAmong("region", region, codes(communes.regions())::contains);
        Set<String> departements = codes(communes.departements());
        checkAmong(
                "departement",
                departement,
                code -> departements.contains(code.toUpperCase(Locale.ROOT)));
        return new PlaceQuery(q, type, service, publicServed, region, departement, point(), radius);
    }

    private static void checkAmong(String field, String value, Predicate<String> known) {
        if (value != null && !value.isBlank() && !known.test(value.strip())) {
            throw RuleViolation.of(field, "place.search." + field + "-unknown", value.strip());
        }
    }

    private static Set<String> codes(List<Communes.Territory> territories) {
        return territories.stream().map(Communes.Territory::code).collect(Collectors.toSet());
    }

    /** The town that {@code near} named, when it named one. */
    public Optional<Communes.Commune> town() {
        if (near == null
                || near.isBlank()
                || near.matches("\\s*-?\\d+(\\.\\d+)?\\s*,\\s*-?\\d+(\\.\\d+)?\\s*")) {
            return Optional.empty();
        }
        return Communes.france().find(near);
    }

    private Optional<GeoPoint> point() {
        if (near == null || near.isBlank()) {
            return Optional.empty();
        }
        String[] parts = near.split(",");
        if (parts.length == 2
                && parts[0].strip().matches("-?\\d+(\\.\\d+)?")
                && parts[1].strip().matches("-?\\d+(\\.\\d+)?")) {
            try {
                return Optional.of(
                        new GeoPoint(
                                Double.parseDouble(parts[0].strip()),
                                Double.parseDouble(parts[1].strip())));
            } catch (IllegalArgumentException offTheGlobe) {
                throw RuleViolation.of("near", "place.search.near-invalid");
            }
        }
        return Optional.of(
                Communes.france()
                        .find(near)
                        .filter(c -> c.centre() != null)
                        .map(Communes.Commune::centre)
                        .orElseThrow(
                                () -> RuleViolation.of("near", "place.search.town-unknown", near)));
    }

    private double parseRadius() {
        if (radiusKm == null || radiusKm.isBlank()) {
            return PlaceQuery.DEFAULT_RADIUS_KM;
        }
        try {
            double radius = Double.parseDouble(radiusKm.strip().replace(',', '.'));
            if (radius > 0 && radius <= PlaceQuery.MAX_RADIUS_KM) {
                return radius;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw RuleViolation.of("radiusKm", "place.search.radius-invalid");
    }
}
