package org.relais.agenda.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relais.agenda.application.EventService;
import org.relais.agenda.application.EventService.FeedEvent;
import org.relais.agenda.application.OccurrenceView;
import org.relais.agenda.application.PersonalAgenda;
import org.relais.agenda.application.PlaceLink;
import org.relais.agenda.domain.AgendaFilter;
import org.relais.agenda.infrastructure.AtomWriter;
import org.relais.agenda.infrastructure.ICalendarWriter;
import org.relais.directory.domain.Communes;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.text.Tags;
import org.relais.platform.web.SiteAddress;

/**
 * The agenda's feeds: iCalendar for all events, a place ({@code /lieux/{id}/agenda.ics}, also
 * served at {@code /places/{id}/agenda.ics}), a tag, a region and one event; Atom for what is
 * coming up and for what was just announced. Each path is its own small resource so that it does
 * not shadow the pages that share its first segment. They answer whatever the client accepts:
 * calendar applications send all sorts of Accept headers.
 */
public final class AgendaFeeds {
    static final String CALENDAR = "text/calendar; charset=utf-8";
    static final String ATOM = "application/atom+xml; charset=utf-8";

    /** Past events stay in the feeds this long, so that clients see late changes to them. */
    static final int PAST_DAYS = 90;

    /** The upcoming Atom feed looks this far ahead. */
    static final int UPCOMING_DAYS = 60;

    private AgendaFeeds() {}

    /** Shared by the feed resources: the calendar of a filter, as a response. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Calendars {
        @Inject EventService events;
        @Inject Clock clock;

        @Inject SiteAddress site;

        Response calendar(String name, AgendaFilter filter, String fileName) {
            List<FeedEvent> list =
                    events.feed(filter, OffsetDateTime.now(clock).minusDays(PAST_DAYS));
            return ics(name, list, fileName);
        }

        Response ics(String name, List<FeedEvent> list, String fileName) {
            return Response.ok(ICalendarWriter.write(name, list, base()))
                    .type(CALENDAR)
                    .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                    .build();
        }

        /** The secret address of a member's personal feed ({@link Personal}). */
        public String personalUrl(String token) {
            return base() + "/agenda/moi/" + token + ".ics";
        }

        public String base() {
            return site.base();
        }
    }

    @Path("agenda.ics")
    public static class All {
        @Inject Calendars calendars;

        @GET
        public Response feed() {
            return calendars.calendar("Relais — agenda", AgendaFilter.ALL, "agenda.ics");
        }
    }

    /**
     * A place's calendar, named after the place so that a member who subscribes to several tells
     * them apart; an address that names no place is a 404 rather than a calendar that stays empty.
     */
    @Path("lieux/{id}/agenda.ics")
    public static class OfPlace {
        @Inject Calendars calendars;
        @Inject PlaceLink places;

        @GET
        public Response feed(@PathParam("id") String id) {
            PlaceLink.LinkedPlace place =
                    places.find(id)
                            .orElseThrow(() -> new NotFoundException("agenda.event.place-unknown"));
            return calendars.calendar(
                    "Relais — agenda : " + place.name(),
                    new AgendaFilter(place.id(), null, null, false),
                    "agenda-lieu.ics");
        }
    }

    /** The address the API description gives; same calendar as {@link OfPlace}. */
    @Path("places/{id}/agenda.ics")
    public static class OfPlaceAlias extends OfPlace {}

    @Path("tags/{tag}/agenda.ics")
    public static class OfTag {
        @Inject Calendars calendars;

        @GET
        public Response feed(@PathParam("tag") String tag) {
            String slug =
                    Tags.normalize(tag)
                            .orElseThrow(() -> new NotFoundException("agenda.query.tag"));
            return calendars.calendar(
                    "Relais — agenda #" + slug,
                    new AgendaFilter(null, slug, null, false),
                    "agenda-" + slug + ".ics");
        }
    }

    @Path("regions/{code}/agenda.ics")
    public static class OfRegion {
        @Inject Calendars calendars;

        @GET
        public Response feed(@PathParam("code") String code) {
            Communes.Territory region =
                    Communes.france()
                            .region(code)
                            .orElseThrow(() -> new NotFoundException("agenda.feed.region-unknown"));
            return calendars.calendar(
                    "Relais — agenda : " + region.nom(),
                    new AgendaFilter(null, null, region.code(), false),
                    "agenda-region.ics");
        }
    }

    /** "Ajouter à mon agenda": one event, as a file to open with a calendar application. */
    @Path("agenda/evenements/{id:[0-9]+}.ics")
    public static class One {
        @Inject Calendars calendars;
        @Inject EventService events;

        @GET
        public Response event(@PathParam("id") long id) {
            FeedEvent event = events.feedEvent(id);
            return Response.fromResponse(
                            calendars.ics(
                                    event.event().title(),
                                    List.of(event),
                                    "evenement-" + id + ".ics"))
                    .header(
                            "Content-Disposition",
                            "attachment; filename=\"evenement-" + id + ".ics\"")
                    .build();
        }
    }

    /**
     * A member's personal feed, at a secret address: the events of the places and tags they follow
     * and those they registered for. An unknown or replaced secret answers 404.
     */
    @Path("agenda/moi/{token:[A-Za-z0-9_-]+}.ics")
    public static class Personal {
        @Inject Calendars calendars;
        @Inject PersonalAgenda personal;
        @Inject Clock clock;

        @GET
        public Response feed(@PathParam("token") String token) {
            List<FeedEvent> list =
                    personal.feed(token, OffsetDateTime.now(clock).minusDays(PAST_DAYS))
                            .orElseThrow(() -> new NotFoundException("agenda.feed.unknown"));
            return Response.fromResponse(
                            calendars.ics("Relais — mon agenda", list, "mon-agenda.ics"))
                    .header("Cache-Control", "private, no-store")
                    .header("X-Robots-Tag", "noindex")
                    .build();
        }
    }

    /** What is coming up in the next weeks, one entry per occurrence. */
    @Path("agenda.atom")
    public static class Upcoming {
        @Inject Calendars calendars;
        @Inject EventService events;
        @Inject Clock clock;

        @GET
        public Response feed() {
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<AtomWriter.Entry> entries = new ArrayList<>();
            for (OccurrenceView o :
                    events.occurrences(AgendaFilter.ALL, now, now.plusDays(UPCOMING_DAYS))) {
                entries.add(new AtomWriter.Entry(o.event(), o.start()));
            }
            return Response.ok(
                            AtomWriter.write(
                                    "Relais — prochains événements",
                                    "/agenda.atom",
                                    entries,
                                    calendars.base(),
                                    now))
                    .type(ATOM)
                    .build();
        }
    }

    /** The events most recently announced, one entry per event. */
    @Path("agenda/nouveautes.atom")
    public static class Newest {
        static final int SIZE = 30;

        @Inject Calendars calendars;
        @Inject EventService events;
        @Inject Clock clock;

        @GET
        public Response feed() {
            Map<Long, AtomWriter.Entry> entries = new LinkedHashMap<>();
            events.newest(SIZE)
                    .forEach(e -> entries.put(e.id(), new AtomWriter.Entry(e, e.start())));
            return Response.ok(
                            AtomWriter.write(
                                    "Relais — nouveaux événements",
                                    "/agenda/nouveautes.atom",
                                    List.copyOf(entries.values()),
                                    calendars.base(),
                                    OffsetDateTime.now(clock)))
                    .type(ATOM)
                    .build();
        }
    }
}
