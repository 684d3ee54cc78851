package org.relais.agenda.application;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.relais.agenda.domain.AgendaFilter;
import org.relais.agenda.domain.Event;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.text.Tags;

/**
 * A list of the agenda as asked for by query parameters: a date range (from today, a year by
 * default, at most {@value #RANGE_MAX_DAYS} days) and filters. Bad values are refused.
 */
public record AgendaQuery(AgendaFilter filter, OffsetDateTime from, OffsetDateTime to) {
    public static final int RANGE_MAX_DAYS = 731;

    public static AgendaQuery of(
            String from, String to, String place, String tag, String region, boolean online) {
        return of(from, to, place, tag, region, online, ZonedDateTime.now(Event.ZONE));
    }

    static AgendaQuery of(
            String from,
            String to,
            String place,
            String tag,
            String region,
            boolean online,
            ZonedDateTime now) {
        OffsetDateTime start =
                blank(from)
                        ? now.truncatedTo(ChronoUnit.DAYS).toOffsetDateTime()
                        : parse(from, "from", false);
        OffsetDateTime end = blank(to) ? start.plusYears(1) : parse(to, "to", true);
        if (!end.isAfter(start) || end.isAfter(start.plusDays(RANGE_MAX_DAYS))) {
            throw RuleViolation.of("to", "agenda.query.range", RANGE_MAX_DAYS);
        }
        String slug = blank(tag) ? null : Tags.normalize(tag).orElse(null);
        if (!blank(tag) && slug == null) {
            throw RuleViolation.of("tag", "agenda.query.tag");
        }
        return new AgendaQuery(
                new AgendaFilter(
                        blank(place) ? null : place.strip(),
                        slug,
                        blank(region) ? null : region.strip(),
                        online),
                start,
                end);
    }

    private static OffsetDateTime parse(String raw, String field, boolean isEnd) {
        EventRules.When when = EventRules.when(raw, false, isEnd);
        if (when == null) {
            throw RuleViolation.of(field, "agenda.query.date");
        }
        return when.at();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
