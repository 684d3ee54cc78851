package org.relais.agenda.infrastructure;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.FmtType;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Image;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.relais.agenda.application.EventService.FeedEvent;
import org.relais.agenda.application.EventView;
import org.relais.agenda.domain.Event;
import org.relais.agenda.domain.EventStatus;
import org.relais.agenda.domain.OccurrenceChange;

/**
 * Writes events as an iCalendar (RFC 5545) stream with iCal4j, which folds lines and escapes text.
 * A recurring event is one VEVENT with its RRULE, an EXDATE per cancelled occurrence and a VEVENT
 * with the same UID and a RECURRENCE-ID per moved one, so that clients keep one series. Times are
 * written in Europe/Paris with its VTIMEZONE; all-day events as dates.
 */
public final class ICalendarWriter {
    private static final TimeZoneRegistry REGISTRY =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private static final int MAX_LINE_OCTETS = 75;

    private ICalendarWriter() {}

    /** A calendar of these events; {@code baseUrl} makes the links absolute. */
    public static String write(String name, List<FeedEvent> events, String baseUrl) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Relais//Agenda 1.0//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", Event.ZONE.getId()));
        VTimeZone zone = REGISTRY.getTimeZone(Event.ZONE.getId()).getVTimeZone();
        calendar.add(zone);
        for (FeedEvent feedEvent : events) {
            EventView e = feedEvent.event();
            VEvent master = base(e, start(e, e.start()), start(e, e.end()), baseUrl);
            if (e.recurrence() != null) {
                master.add(new RRule<>(new Recur<>(e.recurrence())));
                for (OccurrenceChange change : feedEvent.changes()) {
                    if (change.isCancelled()) {
                        master.add(
                                new ExDate<>(
                                        zoned(e),
                                        new DateList<>(start(e, change.originalStart()))));
                    }
                }
            }
            calendar.add(master);
            for (OccurrenceChange change : feedEvent.changes()) {
                if (!change.isCancelled()) {
                    VEvent moved =
                            base(
                                    e,
                                    start(e, change.movedStart()),
                                    start(e, change.movedEnd()),
                                    baseUrl);
                    moved.add(new RecurrenceId<>(zoned(e), start(e, change.originalStart())));
                    calendar.add(moved);
                }
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return foldByOctets(out.toString().replace("\r\n ", ""));
    }

    /**
     * Folds content lines at 75 octets, as RFC 5545 §3.1 counts them. iCal4j folds at 75
     * characters, so a line of accented French runs past the limit; here a line is cut between
     * characters once its UTF-8 form would exceed it, never inside one.
     */
    private static String foldByOctets(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 64);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > MAX_LINE_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

    private static VEvent base(EventView e, Temporal start, Temporal end, String baseUrl) {
        VEvent event = new VEvent(false);
        event.add(new Uid(e.uid()));
        event.add(new DtStamp(e.updatedAt().toInstant()));
        event.add(new Created(e.createdAt().toInstant()));
        event.add(new LastModified(e.updatedAt().toInstant()));
        event.add(new Sequence(e.sequence()));
        event.add(new DtStart<>(start));
        event.add(new DtEnd<>(end));
        event.add(new Summary(e.title()));
        String page = baseUrl + "/agenda/evenements/" + e.id();
        StringBuilder description = new StringBuilder(e.descriptionSource());
        if (e.onlineUrl() != null) {
            description.append("\n\nEn ligne : ").append(e.onlineUrl());
        }
        description.append("\n\n").append(page);
        event.add(new Description(description.toString().strip()));
        String where = e.where() != null ? e.where() : e.onlineUrl();
        if (where != null) {
            event.add(new Location(where));
        }
        event.add(new Url(URI.create(page)));
        if (!e.tags().isEmpty()) {
            // the words the organiser typed, which calendars show, rather than the slugs
            event.add(
                    new Categories(
                            new TextList(
                                    e.tags().stream()
                                            .map(tag -> e.tagLabels().getOrDefault(tag, tag))
                                            .toList())));
        }
        event.add(new Status(status(e.status())));
        if (e.imageUrl() != null) {
            // RFC 7986 §5.10: a URI to the image, its type given so clients need not fetch it first
            event.add(
                    new Image(
                            new ParameterList(
                                    List.of(Value.URI, new FmtType(e.image().mediaType()))),
                            baseUrl + e.imageUrl()));
        }
        return event;
    }

    private static String status(EventStatus status) {
        return switch (status) {
            case SCHEDULED -> Status.VALUE_CONFIRMED;
            case POSTPONED -> Status.VALUE_TENTATIVE;
            case CANCELLED -> Status.VALUE_CANCELLED;
        };
    }

    /**
     * The TZID parameter for EXDATE and RECURRENCE-ID, which iCal4j leaves out: without it those
     * times are floating and no longer match the session that DTSTART names in Europe/Paris.
     */
    private static ParameterList zoned(EventView e) {
        return e.allDay()
                ? new ParameterList(List.of(Value.DATE))
                : new ParameterList(List.of(new TzId(Event.ZONE.getId())));
    }

    private static Temporal start(EventView e, OffsetDateTime at) {
        ZonedDateTime paris = at.atZoneSameInstant(Event.ZONE);
        return e.allDay() ? paris.toLocalDate() : paris;
    }
}
