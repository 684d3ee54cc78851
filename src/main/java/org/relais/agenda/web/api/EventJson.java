package org.relais.agenda.web.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.relais.agenda.application.EventView;
import org.relais.agenda.application.OccurrenceView;

/** The agenda's JSON shapes; ids are strings, times ISO-8601 with offset. */
public record EventJson(
        String id,
        String uid,
        String title,
        String description,
        String descriptionHtml,
        String start,
        String end,
        boolean allDay,
        String placeId,
        String placeName,
        String region,
        String address,
        String onlineUrl,
        boolean hybrid,
        List<String> tags,
        Map<String, String> tagLabels,
        String audience,
        String accessibility,
        boolean free,
        String price,
        String registrationUrl,
        String status,
        String publication,
        String recurrence,
        int sequence,
        String organiserId,
        String organiser,
        String url,
        String ics,
        String imageUrl,
        String imageAlt,
        String revision) {

    static EventJson of(EventView e) {
        return new EventJson(
                String.valueOf(e.id()),
                e.uid(),
                e.title(),
                e.descriptionSource(),
                e.descriptionHtml(),
                e.start().toString(),
                e.end().toString(),
                e.allDay(),
                e.placeId(),
                e.placeName(),
                e.region(),
                e.address(),
                e.onlineUrl(),
                e.hybrid(),
                e.tags(),
                e.tagLabels(),
                e.audience(),
                e.accessibility(),
                e.free(),
                e.price(),
                e.registrationUrl(),
                lower(e.status()),
                lower(e.publication()),
                e.recurrence() == null ? null : "RRULE:" + e.recurrence(),
                e.sequence(),
                String.valueOf(e.organiserId()),
                e.organiserName(),
                "/agenda/evenements/" + e.id(),
                "/agenda/evenements/" + e.id() + ".ics",
                e.imageUrl(),
                e.imageAlt(),
                e.revision());
    }

    /**
     * What a client sends to create or (every field optional) patch an event; a patch may name the
     * {@code revision} it was written from.
     */
    public record Input(
            String title,
            String description,
            String start,
            String end,
            Boolean allDay,
            String placeId,
            String address,
            String onlineUrl,
            List<String> tags,
            String audience,
            String accessibility,
            String price,
            String registrationUrl,
            String recurrence,
            String status,
            Integer capacity,
            String revision) {}

    /**
     * A change to one occurrence: cancelled, or moved when {@code start} and {@code end} are given.
     */
    public record OccurrenceInput(String occurrence, String start, String end) {}

    /**
     * The seats of one occurrence of an event's built-in registration ({@code occurrence}: its
     * original start, null for a one-off event), and where the caller stands.
     */
    public record SeatsJson(
            String occurrence,
            Integer capacity,
            long confirmed,
            long waiting,
            String status,
            Integer position) {
        static SeatsJson of(org.relais.agenda.application.RegistrationService.SeatsView s) {
            return new SeatsJson(
                    s.occurrence() == null ? null : s.occurrence().toString(),
                    s.capacity(),
                    s.confirmed(),
                    s.waiting(),
                    s.status(),
                    s.position());
        }
    }

    /** One occurrence in a list: the event's id and title, and when this time it takes place. */
    public record OccurrenceJson(
            String id,
            String title,
            String start,
            String end,
            boolean allDay,
            boolean cancelled,
            boolean moved,
            String placeId,
            String placeName,
            String address,
            String onlineUrl,
            List<String> tags,
            Map<String, String> tagLabels,
            String url) {
        static OccurrenceJson of(OccurrenceView o) {
            EventView e = o.event();
            return new OccurrenceJson(
                    String.valueOf(e.id()),
                    e.title(),
                    o.start().toString(),
                    o.end().toString(),
                    e.allDay(),
                    o.cancelled(),
                    o.moved(),
                    e.placeId(),
                    e.placeName(),
                    e.address(),
                    e.onlineUrl(),
                    e.tags(),
                    e.tagLabels(),
                    "/agenda/evenements/" + e.id());
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
