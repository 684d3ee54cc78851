package org.relais.agenda.domain;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What the organiser writes about an event, already checked: when, where (a directory place with
 * its name and region, an address, an online URL, or a place or address with a URL for a hybrid
 * event), for whom, at what price (null: free) and how to register. Its tags by slug, each with the
 * words typed.
 */
public record EventDetails(
        String title,
        String descriptionSource,
        String descriptionHtml,
        OffsetDateTime start,
        OffsetDateTime end,
        boolean allDay,
        String placeId,
        String placeName,
        String region,
        String address,
        String onlineUrl,
        Map<String, String> tags,
        String audience,
        String accessibility,
        String price,
        String registrationUrl,
        String recurrence) {
    public EventDetails {
        tags = Map.copyOf(tags);
    }
}
