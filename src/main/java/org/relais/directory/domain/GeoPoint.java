package org.relais.directory.domain;

/** A point in WGS84, as the schema's latitude and longitude. */
public record GeoPoint(double latitude, double longitude) {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException(
                    "coordinates off the globe: " + latitude + "," + longitude);
        }
    }

    /** Great-circle distance (haversine), accurate to well under 1 % at a town's scale. */
    public double distanceKm(GeoPoint other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.longitude - longitude);
        double h =
                Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                        + Math.cos(phi1)
                                * Math.cos(phi2)
                                * Math.sin(dLambda / 2)
                                * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * Latitude and longitude bounds of a circle, to narrow a database query before exact sorting.
     */
    public double[] boundingBox(double radiusKm) {
        double dLat = Math.toDegrees(radiusKm / EARTH_RADIUS_KM);
        double cos = Math.max(0.01, Math.cos(Math.toRadians(latitude)));
        double dLon = Math.min(180, dLat / cos);
        return new double[] {latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon};
    }
}
