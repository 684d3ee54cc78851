package org.relais.agenda.application;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.agenda.application.PlaceLink.LinkedPlace;
import org.relais.agenda.domain.Event;
import org.relais.agenda.domain.EventDetails;
import org.relais.agenda.domain.Recurrence;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.markdown.RenderedMarkdown;
import org.relais.platform.text.Tags;

/**
 * Checks an event as typed, every field at once so that a form shows all its errors together, and
 * turns it into {@link EventDetails}.
 */
final class EventRules {
    static final int TITLE_MIN = 5;

    /** An event (one occurrence) lasts at most this many days. */
    static final int LENGTH_MAX_DAYS = 31;

    private EventRules() {}

    /** A parsed start or end: the instant, and whether only a date was given. */
    record When(OffsetDateTime at, boolean dateOnly) {}

    static EventDetails check(
            EventDraft draft,
            Optional<LinkedPlace> place,
            java.util.function.Function<String, RenderedMarkdown> markdown) {
        List<FieldError> errors = new ArrayList<>();
        String title = strip(draft.title());
        if (title.length() < TITLE_MIN || title.length() > Event.TITLE_MAX) {
            errors.add(field("title", "agenda.event.title", TITLE_MIN, Event.TITLE_MAX));
        }
        String description = strip(draft.description());
        if (description.length() > Event.DESCRIPTION_MAX) {
            errors.add(field("description", "agenda.event.description", Event.DESCRIPTION_MAX));
        }
        boolean allDay = Boolean.TRUE.equals(draft.allDay());
        When start = when(draft.start(), allDay, false);
        When end =
                strip(draft.end()).isEmpty() && start != null && start.dateOnly()
                        ? when(draft.start(), true, true)
                        : when(draft.end(), allDay, true);
        if (start == null) {
            errors.add(field("start", "agenda.event.start"));
        }
        if (end == null) {
            errors.add(field("end", "agenda.event.end"));
        }
        allDay = allDay || (start != null && start.dateOnly());
        if (start != null && end != null) {
            if (!end.at().isAfter(start.at())) {
                errors.add(field("end", "agenda.event.end-before-start"));
            } else if (end.at().isAfter(start.at().plusDays(LENGTH_MAX_DAYS))) {
                errors.add(field("end", "agenda.event.too-long", LENGTH_MAX_DAYS));
            }
        }
        String placeId = strip(draft.placeId());
        if (!placeId.isEmpty() && place.isEmpty()) {
            errors.add(field("placeId", "agenda.event.place-unknown"));
        }
        String address = strip(draft.address());
        if (address.length() > Event.ADDRESS_MAX) {
            errors.add(field("address", "agenda.event.address", Event.ADDRESS_MAX));
        }
        String onlineUrl = url(draft.onlineUrl(), "onlineUrl", errors);
        if (placeId.isEmpty() && address.isEmpty() && onlineUrl == null) {
            errors.add(field("placeId", "agenda.event.where"));
        }
        Map<String, String> tags = Tags.labelled(draft.tags());
        if (tags.size() > Event.TAGS_MAX) {
            errors.add(field("tags", "agenda.event.tags", Event.TAGS_MAX));
        }
        String audience = limited(draft.audience(), Event.AUDIENCE_MAX, "audience", errors);
        String accessibility =
                limited(draft.accessibility(), Event.ACCESSIBILITY_MAX, "accessibility", errors);
        String price = limited(draft.price(), Event.PRICE_MAX, "price", errors);
        String registrationUrl = url(draft.registrationUrl(), "registrationUrl", errors);
        String rule = null;
        try {
            rule = Recurrence.parse(draft.recurrence()).map(Recurrence::rule).orElse(null);
        } catch (RuleViolation violation) {
            errors.addAll(violation.errors());
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        RenderedMarkdown rendered = markdown.apply(description);
        return new EventDetails(
                title,
                rendered.source(),
                rendered.html(),
                start.at(),
                end.at(),
                allDay,
                place.map(LinkedPlace::id).orElse(null),
                place.map(LinkedPlace::name).orElse(null),
                place.map(LinkedPlace::region).orElse(null),
                address.isEmpty() ? null : address,
                onlineUrl,
                tags,
                audience,
                accessibility,
                price,
                registrationUrl,
                rule);
    }

    /**
     * A time with offset, a local time read in Paris, or a date: its start (midnight in Paris) or,
     * for an end, the midnight after it, so that an all-day event ends where the next day begins.
     */
    static When when(String raw, boolean allDay, boolean isEnd) {
        String text = strip(raw);
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return new When(
                        (isEnd ? date.plusDays(1) : date)
                                .atStartOfDay(Event.ZONE)
                                .toOffsetDateTime(),
                        true);
            }
            OffsetDateTime at =
                    text.matches(".*([+-]\\d\\d:\\d\\d|Z)$")
                            ? OffsetDateTime.parse(text)
                            : LocalDateTime.parse(text).atZone(Event.ZONE).toOffsetDateTime();
            if (allDay) {
                LocalDate date = at.atZoneSameInstant(Event.ZONE).toLocalDate();
                return new When(
                        (isEnd ? date.plusDays(1) : date)
                                .atStartOfDay(Event.ZONE)
                                .toOffsetDateTime(),
                        true);
            }
            return new When(at.atZoneSameInstant(Event.ZONE).toOffsetDateTime(), false);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String url(String raw, String name, List<FieldError> errors) {
        String text = strip(raw);
        if (text.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (text.length() <= Event.URL_MAX
                    && ("https".equalsIgnoreCase(uri.getScheme())
                            || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return text;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        errors.add(field(name, "agenda.event.url"));
        return null;
    }

    private static String limited(String raw, int max, String name, List<FieldError> errors) {
        String text = strip(raw);
        if (text.length() > max) {
            errors.add(field(name, "agenda.event.too-many-characters", max));
        }
        return text.isEmpty() ? null : text;
    }

    private static FieldError field(String name, String key, Object... arguments) {
        return new FieldError(name, key, arguments);
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
