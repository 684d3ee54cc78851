package org.relais.agenda.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.relais.agenda.domain.Event;
import org.relais.agenda.domain.EventImage;
import org.relais.agenda.domain.EventStatus;
import org.relais.agenda.domain.Publication;
import org.relais.platform.validation.Revision;

/** An event as pages, the API and the feeds show it. */
public record EventView(
        long id,
        String uid,
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
        List<String> tags,
        Map<String, String> tagLabels,
        String audience,
        String accessibility,
        String price,
        String registrationUrl,
        EventStatus status,
        Publication publication,
        String recurrence,
        int sequence,
        long organiserId,
        String organiserName,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        EventImage image) {

    static EventView of(Event e, String organiserName) {
        return new EventView(
                e.id(),
                e.uid(),
                e.title(),
                e.descriptionSource(),
                e.descriptionHtml(),
                e.startsAt(),
                e.endsAt(),
                e.allDay(),
                e.placeId(),
                e.placeName(),
                e.region(),
                e.address(),
                e.onlineUrl(),
                List.copyOf(e.tags()),
                e.tagLabels(),
                e.audience(),
                e.accessibility(),
                e.price(),
                e.registrationUrl(),
                e.status(),
                e.publication(),
                e.recurrence(),
                e.sequence(),
                e.organiserId(),
                organiserName,
                e.createdAt(),
                e.updatedAt(),
                e.image().orElse(null));
    }

    /**
     * What the edit form and the API hand back, so that an edit made in between is kept: what the
     * event says and its status. Times count as instants, however their offset was read; the image
     * and the seats, changed on their own, do not count.
     */
    public String revision() {
        return Revision.of(
                title,
                descriptionSource,
                start.toInstant(),
                end.toInstant(),
                allDay,
                placeId,
                address,
                onlineUrl,
                tags.stream().sorted().toList(),
                audience,
                accessibility,
                price,
                registrationUrl,
                recurrence,
                status);
    }

    /**
     * Where the image is served, relative to the site, or null without one. The path is stable; the
     * {@code v} parameter changes with the file so that a replaced image is not taken from a cache.
     */
    public String imageUrl() {
        return image == null
                ? null
                : "/agenda/evenements/" + id + "/image?v=" + image.sha256().substring(0, 12);
    }

    public String imageAlt() {
        return image == null ? null : image.alt();
    }

    public boolean free() {
        return price == null;
    }

    public boolean online() {
        return onlineUrl != null;
    }

    public boolean hybrid() {
        return onlineUrl != null && (placeId != null || address != null);
    }

    public boolean cancelled() {
        return status == EventStatus.CANCELLED;
    }

    public boolean pending() {
        return publication == Publication.PENDING;
    }

    /** Where, in words: the place's name, the address, or both. */
    public String where() {
        if (placeName != null && address != null) {
            return placeName + ", " + address;
        }
        return placeName != null ? placeName : address;
    }

    /** The start in Paris time, as pages show it. */
    public java.time.ZonedDateTime localStart() {
        return start.atZoneSameInstant(org.relais.agenda.domain.Event.ZONE);
    }

    /** The end in Paris time, as pages show it. */
    public java.time.ZonedDateTime localEnd() {
        return end.atZoneSameInstant(org.relais.agenda.domain.Event.ZONE);
    }
}
