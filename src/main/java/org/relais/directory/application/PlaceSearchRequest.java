package org.relais.directory.application;

import java.util.Optional;
import org.relais.directory.domain.Communes;
import org.relais.directory.domain.GeoPoint;
import org.relais.directory.domain.PlaceQuery;
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

    /** The query to run, or a rule violation naming the field that cannot be understood. */
    public PlaceQuery toQuery() {
        double radius = parseRadius();
        return new PlaceQuery(q, type, service, publicServed, region, departement, point(), radius);
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
