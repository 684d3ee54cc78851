package org.relais.agenda.web.page;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relais.agenda.application.EventDraft;
import org.relais.agenda.application.EventView;
import org.relais.agenda.domain.Event;
import org.relais.platform.text.Tags;

/**
 * The event form's fields and their translation to a draft. People pick a date and times rather
 * than typing ISO-8601, and a repetition among the usual ones (every week, every two weeks, every
 * month on the same weekday) rather than writing an RRULE; a rule typed in the advanced field wins.
 */
final class EventForm {
    static final List<String> FIELDS =
            List.of(
                    "title",
                    "description",
                    "date",
                    "startTime",
                    "endDate",
                    "endTime",
                    "allDay",
                    "placeId",
                    "address",
                    "onlineUrl",
                    "tags",
                    "audience",
                    "accessibility",
                    "price",
                    "registrationUrl",
                    "capacity",
                    "repeat",
                    "count",
                    "until",
                    "recurrence",
                    "status",
                    "imageAlt",
                    "removeImage",
                    "revision");

    private EventForm() {}

    static Map<String, String> empty() {
        Map<String, String> form = new LinkedHashMap<>();
        FIELDS.forEach(f -> form.put(f, ""));
        form.put("startTime", "14:00");
        form.put("endTime", "16:00");
        form.put("status", "SCHEDULED");
        return form;
    }

    static Map<String, String> of(MultivaluedMap<String, String> posted) {
        Map<String, String> form = empty();
        FIELDS.forEach(f -> form.put(f, orEmpty(posted.getFirst(f))));
        return form;
    }

    static Map<String, String> of(EventView e, Integer capacity) {
        Map<String, String> form = empty();
        var start = e.start().atZoneSameInstant(Event.ZONE);
        var end = e.end().atZoneSameInstant(Event.ZONE);
        form.put("revision", e.revision());
        form.put("title", e.title());
        form.put("description", e.descriptionSource());
        form.put("date", start.toLocalDate().toString());
        form.put(
                "startTime",
                e.allDay() ? "" : start.toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString());
        LocalDate endDate = e.allDay() ? end.toLocalDate().minusDays(1) : end.toLocalDate();
        form.put("endDate", endDate.equals(start.toLocalDate()) ? "" : endDate.toString());
        form.put(
                "endTime",
                e.allDay() ? "" : end.toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString());
        form.put("allDay", e.allDay() ? "oui" : "");
        form.put("placeId", orEmpty(e.placeId()));
        form.put("imageAlt", orEmpty(e.imageAlt()));
        form.put("address", orEmpty(e.address()));
        form.put("onlineUrl", orEmpty(e.onlineUrl()));
        form.put("tags", String.join(", ", e.tagLabels().values()));
        form.put("audience", orEmpty(e.audience()));
        form.put("accessibility", orEmpty(e.accessibility()));
        form.put("price", orEmpty(e.price()));
        form.put("registrationUrl", orEmpty(e.registrationUrl()));
        form.put("recurrence", orEmpty(e.recurrence()));
        form.put("capacity", capacity == null ? "" : capacity.toString());
        form.put("status", e.status().name());
        return form;
    }

    static EventDraft draft(Map<String, String> form) {
        boolean allDay = "oui".equals(form.get("allDay"));
        String date = form.get("date");
        String endDate = form.get("endDate").isEmpty() ? date : form.get("endDate");
        String start = allDay || date.isEmpty() ? date : date + "T" + form.get("startTime");
        String end = allDay || endDate.isEmpty() ? endDate : endDate + "T" + form.get("endTime");
        return new EventDraft(
                form.get("title"),
                form.get("description"),
                start,
                end,
                allDay,
                form.get("placeId"),
                form.get("address"),
                form.get("onlineUrl"),
                Tags.splitList(form.get("tags")),
                form.get("audience"),
                form.get("accessibility"),
                form.get("price"),
                form.get("registrationUrl"),
                rule(form));
    }

    /** The seats typed: empty is none (0), anything but a whole number is refused. */
    static int capacity(Map<String, String> form) {
        String raw = form.get("capacity");
        if (raw.isEmpty()) {
            return 0;
        }
        try {
            int capacity = Integer.parseInt(raw);
            org.relais.agenda.application.EventService.checkCapacity(capacity);
            return capacity;
        } catch (NumberFormatException e) {
            throw org.relais.platform.error.RuleViolation.of(
                    "capacity",
                    "agenda.event.capacity",
                    org.relais.agenda.application.EventService.CAPACITY_MAX);
        }
    }

    /** The RRULE the form asks for: the advanced field as typed, else the chosen repetition. */
    static String rule(Map<String, String> form) {
        if (!form.get("recurrence").isEmpty()) {
            return form.get("recurrence");
        }
        String repeat = form.get("repeat");
        if (repeat.isEmpty()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(form.get("date"));
        } catch (DateTimeParseException e) {
            return null; // the date's own error is shown
        }
        String weekday = day.getDayOfWeek().name().substring(0, 2);
        int rank = (day.getDayOfMonth() - 1) / 7 + 1;
        String rule =
                switch (repeat) {
                    case "weekly" -> "FREQ=WEEKLY;BYDAY=" + weekday;
                    case "biweekly" -> "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + weekday;
                    case "monthly" -> "FREQ=MONTHLY;BYDAY=" + (rank > 4 ? -1 : rank) + weekday;
                    default -> "FREQ=" + repeat; // refused with a clear message
                };
        if (!form.get("count").isEmpty()) {
            rule += ";COUNT=" + form.get("count");
        } else if (!form.get("until").isEmpty()) {
            rule += ";UNTIL=" + form.get("until").replace("-", "");
        }
        return rule;
    }

    static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
