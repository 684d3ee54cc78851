package org.relais.agenda.web.page;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import org.relais.agenda.application.EventView;
import org.relais.agenda.domain.Event;

/**
 * The schema.org {@code Event} of an event page, so that search engines and agendas that read
 * structured data find its dates, place, status and price.
 */
final class EventJsonLd {
    /**
     * Looked up once: each {@code Json.createObjectBuilder()} looks the provider up again, through
     * the application's class loader and every jar it sees (a flight recording of Payara's own
     * health check, which does that, put 60 % of its time there).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private EventJsonLd() {}

    static String of(EventView e, String baseUrl) {
        String page = baseUrl + "/agenda/evenements/" + e.id();
        JsonObjectBuilder json =
                JSON.createObjectBuilder()
                        .add("@context", "https://schema.org")
                        .add("@type", "Event")
                        .add("@id", page)
                        .add("url", page)
                        .add("name", e.title())
                        .add("description", e.descriptionSource())
                        .add("startDate", date(e, e.start(), false))
                        .add("endDate", date(e, e.end(), true))
                        .add("eventStatus", "https://schema.org/" + status(e))
                        .add("eventAttendanceMode", "https://schema.org/" + mode(e))
                        .add("inLanguage", "fr");
        var locations = JSON.createArrayBuilder();
        if (e.placeName() != null || e.address() != null) {
            JsonObjectBuilder place = JSON.createObjectBuilder().add("@type", "Place");
            place.add("name", e.placeName() != null ? e.placeName() : e.address());
            if (e.address() != null) {
                place.add("address", e.address());
            }
            if (e.placeId() != null) {
                place.add("url", baseUrl + "/lieux/" + e.placeId());
            }
            locations.add(place);
        }
        if (e.onlineUrl() != null) {
            locations.add(
                    JSON.createObjectBuilder()
                            .add("@type", "VirtualLocation")
                            .add("url", e.onlineUrl()));
        }
        json.add("location", locations);
        JsonObjectBuilder offer =
                JSON.createObjectBuilder()
                        .add("@type", "Offer")
                        .add("priceCurrency", "EUR")
                        .add("url", e.registrationUrl() != null ? e.registrationUrl() : page);
        if (e.free()) {
            offer.add("price", "0");
            json.add("isAccessibleForFree", true);
        } else {
            offer.add("description", e.price());
        }
        json.add("offers", offer);
        if (e.organiserName() != null) {
            json.add(
                    "organizer",
                    JSON.createObjectBuilder()
                            .add("@type", "Person")
                            .add("name", e.organiserName())
                            .add("url", baseUrl + "/membres/" + e.organiserId()));
        }
        if (e.audience() != null) {
            json.add(
                    "audience",
                    JSON.createObjectBuilder()
                            .add("@type", "Audience")
                            .add("audienceType", e.audience()));
        }
        if (e.imageUrl() != null) {
            json.add("image", baseUrl + e.imageUrl());
        }
        if (!e.tags().isEmpty()) {
            // words for search engines, not slugs
            json.add("keywords", String.join(", ", e.tagLabels().values()));
        }
        // inside <script>: "</" must not close the element
        return json.build().toString().replace("</", "<\\/");
    }

    private static String date(EventView e, java.time.OffsetDateTime at, boolean isEnd) {
        var paris = at.atZoneSameInstant(Event.ZONE);
        if (e.allDay()) {
            return (isEnd ? paris.toLocalDate().minusDays(1) : paris.toLocalDate()).toString();
        }
        return paris.toOffsetDateTime().toString();
    }

    private static String status(EventView e) {
        return switch (e.status()) {
            case SCHEDULED -> "EventScheduled";
            case POSTPONED -> "EventPostponed";
            case CANCELLED -> "EventCancelled";
        };
    }

    private static String mode(EventView e) {
        if (e.hybrid()) {
            return "MixedEventAttendanceMode";
        }
        return e.online() ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode";
    }
}
