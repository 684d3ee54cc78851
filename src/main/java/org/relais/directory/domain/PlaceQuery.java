package org.relais.directory.domain;

import java.util.Optional;

/**
 * What a visitor looks for in the directory: words, a type, a service, a public, a région or a
 * département, and optionally a point with a radius. Blank criteria are ignored.
 */
public record PlaceQuery(
        String text,
        String type,
        String service,
        String publicServed,
        String region,
        String departement,
        Optional<GeoPoint> near,
        double radiusKm) {
    public static final double DEFAULT_RADIUS_KM = 20;
    public static final double MAX_RADIUS_KM = 1000;

    public static PlaceQuery everything() {
        return new PlaceQuery(
                null, null, null, null, null, null, Optional.empty(), DEFAULT_RADIUS_KM);
    }
}
