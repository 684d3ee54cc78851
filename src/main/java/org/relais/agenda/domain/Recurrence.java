package org.relais.agenda.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Recur;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;

/**
 * How an event repeats: the subset of RFC 5545 RRULE that places need ("every Tuesday", "the first
 * Thursday of each month", "every two weeks, ten times"): FREQ (DAILY, WEEKLY, MONTHLY), INTERVAL,
 * BYDAY, COUNT and UNTIL. Anything else is refused with a message saying what is allowed, rather
 * than half-understood. Expansion is left to iCal4j in Europe/Paris, so an occurrence keeps its
 * local time across the changes to and from summer time.
 */
public record Recurrence(
        String frequency, int interval, List<String> byDay, Integer count, LocalDate until) {
    public static final String FIELD = "recurrence";
    public static final int INTERVAL_MAX = 12;
    public static final int COUNT_MAX = 200;

    /** Occurrences one expansion yields at most, so that an endless daily rule stays cheap. */
    public static final int EXPANSION_MAX = 500;

    static final Set<String> FREQUENCIES = Set.of("DAILY", "WEEKLY", "MONTHLY");
    private static final Set<String> KEYS = Set.of("FREQ", "INTERVAL", "BYDAY", "COUNT", "UNTIL");
    private static final Pattern DAY = Pattern.compile("([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)");
    private static final DateTimeFormatter UNTIL_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UNTIL_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public Recurrence {
        byDay = List.copyOf(byDay);
    }

    /**
     * Reads a rule as a person or a client writes it ({@code RRULE:FREQ=WEEKLY;BYDAY=TU}, the
     * prefix optional, any case); blank means no recurrence. Every problem is reported at once.
     */
    public static java.util.Optional<Recurrence> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return java.util.Optional.empty();
        }
        String text = raw.strip().toUpperCase(Locale.ROOT);
        if (text.startsWith("RRULE:")) {
            text = text.substring("RRULE:".length());
        }
        Map<String, String> parts = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (String part : text.split(";")) {
            int equals = part.indexOf('=');
            String key = equals < 0 ? part : part.substring(0, equals);
            if (equals < 0 || !KEYS.contains(key) || parts.containsKey(key)) {
                errors.add(new FieldError(FIELD, "agenda.recurrence.part", new Object[] {part}));
                continue;
            }
            parts.put(key, part.substring(equals + 1));
        }
        String frequency = parts.get("FREQ");
        if (frequency == null || !FREQUENCIES.contains(frequency)) {
            errors.add(new FieldError(FIELD, "agenda.recurrence.frequency"));
        }
        int interval =
                number(
                        parts.get("INTERVAL"),
                        1,
                        INTERVAL_MAX,
                        "agenda.recurrence.interval",
                        errors);
        Integer count =
                parts.containsKey("COUNT")
                        ? number(
                                parts.get("COUNT"), 1, COUNT_MAX, "agenda.recurrence.count", errors)
                        : null;
        LocalDate until = parts.containsKey("UNTIL") ? until(parts.get("UNTIL"), errors) : null;
        if (count != null && parts.containsKey("UNTIL")) {
            errors.add(new FieldError(FIELD, "agenda.recurrence.count-and-until"));
        }
        List<String> days = new ArrayList<>();
        if (parts.containsKey("BYDAY")) {
            for (String day : parts.get("BYDAY").split(",")) {
                var matcher = DAY.matcher(day);
                if (!matcher.matches()) {
                    errors.add(new FieldError(FIELD, "agenda.recurrence.day", new Object[] {day}));
                } else if (matcher.group(1) != null && !"MONTHLY".equals(frequency)) {
                    errors.add(new FieldError(FIELD, "agenda.recurrence.day-position"));
                } else {
                    days.add(day.startsWith("+") ? day.substring(1) : day);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        return java.util.Optional.of(new Recurrence(frequency, interval, days, count, until));
    }

    /** The rule as RFC 5545 writes it, without the {@code RRULE:} prefix. */
    public String rule() {
        StringBuilder rule = new StringBuilder("FREQ=").append(frequency);
        if (interval != 1) {
            rule.append(";INTERVAL=").append(interval);
        }
        if (!byDay.isEmpty()) {
            rule.append(";BYDAY=").append(String.join(",", byDay));
        }
        if (count != null) {
            rule.append(";COUNT=").append(count);
        }
        if (until != null) {
            // the end of that day in Paris, in UTC as RFC 5545 requires beside a zoned DTSTART
            Instant end = until.plusDays(1).atStartOfDay(Event.ZONE).toInstant().minusSeconds(1);
            rule.append(";UNTIL=").append(UNTIL_TIME.format(end));
        }
        return rule.toString();
    }

    /** Whether the series stops (after COUNT occurrences or on UNTIL). */
    public boolean bounded() {
        return count != null || until != null;
    }

    /**
     * Starts of the occurrences beginning from {@code from} (inclusive) to {@code to} (exclusive),
     * the first being {@code first}, in local Paris time, at most {@value #EXPANSION_MAX}.
     */
    public List<ZonedDateTime> starts(ZonedDateTime first, ZonedDateTime from, ZonedDateTime to) {
        ZonedDateTime seed = first.withZoneSameInstant(Event.ZONE);
        Recur<ZonedDateTime> recur = new Recur<>(rule());
        return recur.getDates(seed, from, to, EXPANSION_MAX).stream()
                .filter(start -> !start.isBefore(from) && start.isBefore(to))
                .map(start -> start.withZoneSameInstant(Event.ZONE))
                .sorted()
                .toList();
    }

    /** The start of the last occurrence, for a bounded series; null when it never ends. */
    public ZonedDateTime lastStart(ZonedDateTime first) {
        if (!bounded()) {
            return null;
        }
        ZonedDateTime horizon =
                until != null
                        ? until.plusDays(1).atStartOfDay(Event.ZONE)
                        : first.plusYears(count * (long) interval + 1);
        List<ZonedDateTime> all = starts(first, first, horizon);
        return all.isEmpty() ? first : all.get(all.size() - 1);
    }

    private static int number(
            String raw, int fallback, int max, String key, List<FieldError> errors) {
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(FIELD, key, new Object[] {max}));
        return fallback;
    }

    private static LocalDate until(String raw, List<FieldError> errors) {
        try {
            if (raw.length() == 8) {
                return LocalDate.parse(raw, UNTIL_DATE);
            }
            return UNTIL_TIME.parse(raw, Instant::from).atZone(Event.ZONE).toLocalDate();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(FIELD, "agenda.recurrence.until"));
            return null;
        }
    }
}
