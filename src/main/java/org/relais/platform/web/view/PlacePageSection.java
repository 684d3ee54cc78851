package org.relais.platform.web.view;

import java.util.Map;
import java.util.Optional;

/**
 * A capability's section of a place's page in the directory (its next events, later its kits),
 * contributed as a CDI bean so that the directory need not know the capabilities.
 */
public interface PlacePageSection {
    int order();

    /** The theme template defining {@code th:fragment="section(data)"}. */
    String template();

    /** What the section shows on the page of the place with this public id; empty hides it. */
    Optional<Map<String, Object>> data(String placeId);
}
