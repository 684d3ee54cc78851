package org.relais.directory.domain;

/** The département and région a commune belongs to (INSEE codes), for filters and facets. */
public record Area(String departement, String region) {
    public static final Area UNKNOWN = new Area(null, null);
}
