package org.relais.agenda.application;

import java.util.Collection;
import java.util.List;

/**
 * An event as typed in the form or sent to the API, not yet checked. {@code start} and {@code end}
 * are ISO-8601: a time with offset, a local time (read in Paris) or, for an all-day event, a date.
 * {@code free} false with a {@code price} says what it costs.
 */
public record EventDraft(
        String title,
        String description,
        String start,
        String end,
        Boolean allDay,
        String placeId,
        String address,
        String onlineUrl,
        Collection<String> tags,
        String audience,
        String accessibility,
        String price,
        String registrationUrl,
        String recurrence) {

    /** The event as it is, as a draft: what a form or a PATCH starts from. */
    public static EventDraft of(EventView e) {
        return new EventDraft(
                e.title(),
                e.descriptionSource(),
                e.allDay()
                        ? e.start()
                                .atZoneSameInstant(org.relais.agenda.domain.Event.ZONE)
                                .toLocalDate()
                                .toString()
                        : e.start().toString(),
                e.allDay()
                        ? e.end()
                                .atZoneSameInstant(org.relais.agenda.domain.Event.ZONE)
                                .toLocalDate()
                                .minusDays(1)
                                .toString()
                        : e.end().toString(),
                e.allDay(),
                e.placeId(),
                e.address(),
                e.onlineUrl(),
                List.copyOf(e.tagLabels().values()),
                e.audience(),
                e.accessibility(),
                e.price(),
                e.registrationUrl(),
                e.recurrence());
    }
}
