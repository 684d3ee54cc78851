package org.relais.directory.application;

import java.util.Map;
import java.util.Set;

/**
 * A place as a manager fills it in: the schema's values column by column ({@code |} between the
 * values of list columns), whether they accept the network's charter, and the criteria declared.
 */
public record PlaceDraft(
        Map<String, String> values, boolean charterAccepted, Set<String> criteria) {
    public PlaceDraft {
        values = Map.copyOf(values);
        criteria = Set.copyOf(criteria);
    }
}
