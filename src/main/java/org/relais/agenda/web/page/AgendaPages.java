package org.relais.agenda.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relais.agenda.application.AgendaQuery;
import org.relais.agenda.application.EventService;
import org.relais.agenda.application.OccurrenceView;
import org.relais.agenda.domain.Event;
import org.relais.directory.domain.Communes;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.web.view.View;

/**
 * The agenda for everyone: the list by day with filters (a GET form, no script needed) and the
 * month calendar, an accessible table with one cell per day.
 */
@ApplicationScoped
@Path("agenda")
@Produces(MediaType.TEXT_HTML)
public class AgendaPages {
    static final int PAGE_SIZE = 40;
    static final int DEFAULT_DAYS = 60;

    @Inject EventService events;

    /** The occurrences of one day, as the list shows them under its heading. */
    public record Day(LocalDate date, List<OccurrenceView> occurrences) {}

    /** A day of the month grid: its date, whether it belongs to the month shown, its events. */
    public record Cell(
            LocalDate date, boolean inMonth, boolean today, List<OccurrenceView> occurrences) {}

    @GET
    public View list(
            @QueryParam("du") String from,
            @QueryParam("au") String to,
            @QueryParam("etiquette") String tag,
            @QueryParam("lieu") String place,
            @QueryParam("region") String region,
            @QueryParam("en-ligne") String online,
            @QueryParam("page") String page) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("du", orEmpty(from));
        form.put("au", orEmpty(to));
        form.put("etiquette", orEmpty(tag));
        form.put("lieu", orEmpty(place));
        form.put("region", orEmpty(region));
        form.put("en-ligne", "oui".equals(online) ? "oui" : "");
        View view =
                View.of("agenda/list")
                        .with("form", form)
                        .with("regions", Communes.france().regions())
                        .with("days", List.of())
                        .with("followTag", Map.of())
                        .with("total", 0)
                        .with("page", 1)
                        .with("pageCount", 1)
                        .with("base", "/agenda")
                        .with("month", YearMonth.now(Event.ZONE).toString());
        AgendaQuery query;
        PageRequest paging;
        try {
            LocalDate today = LocalDate.now(Event.ZONE);
            String end =
                    blank(to)
                            ? (blank(from) ? today : LocalDate.parse(from.strip()))
                                    .plusDays(DEFAULT_DAYS)
                                    .toString()
                            : to;
            query = AgendaQuery.of(from, end, place, tag, region, "oui".equals(online));
            paging = PageRequest.of(page, Integer.toString(PAGE_SIZE));
        } catch (RuleViolation | DateTimeParseException e) {
            return view.with("invalid", true);
        }
        List<OccurrenceView> all = events.occurrences(query.filter(), query.from(), query.to());
        List<OccurrenceView> shown =
                all.stream().skip(paging.offset()).limit(paging.size()).toList();
        String tagSlug = query.filter().tag();
        return view.with("days", byDay(shown))
                .with("followTag", tagSlug == null ? Map.of() : events.typedTags(List.of(tagSlug)))
                .with("total", all.size())
                .with("page", paging.page())
                .with("pageCount", paging.pageCount(all.size()))
                .with("base", base(form))
                .with("invalid", false);
    }

    @GET
    @Path("mois/{month:[0-9]{4}-[0-9]{2}}")
    public View month(@PathParam("month") String raw, @QueryParam("etiquette") String tag) {
        YearMonth month;
        try {
            month = YearMonth.parse(raw);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("agenda.month.not-found");
        }
        LocalDate first = month.atDay(1);
        LocalDate gridStart = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        LocalDate last = month.atEndOfMonth();
        LocalDate gridEnd = last.plusDays(7L - last.getDayOfWeek().getValue());
        AgendaQuery query =
                AgendaQuery.of(gridStart.toString(), gridEnd.toString(), null, tag, null, false);
        Map<LocalDate, List<OccurrenceView>> byDate = new LinkedHashMap<>();
        for (OccurrenceView o : events.occurrences(query.filter(), query.from(), query.to())) {
            byDate.computeIfAbsent(localDate(o), d -> new ArrayList<>()).add(o);
        }
        LocalDate today = LocalDate.now(Event.ZONE);
        List<List<Cell>> weeks = new ArrayList<>();
        for (LocalDate day = gridStart; !day.isAfter(gridEnd); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() == 1) {
                weeks.add(new ArrayList<>());
            }
            weeks.get(weeks.size() - 1)
                    .add(
                            new Cell(
                                    day,
                                    YearMonth.from(day).equals(month),
                                    day.equals(today),
                                    byDate.getOrDefault(day, List.of())));
        }
        return View.of("agenda/month")
                .with("month", month)
                .with("weeks", weeks)
                .with("previous", month.minusMonths(1).toString())
                .with("next", month.plusMonths(1).toString())
                .with("etiquette", orEmpty(query.filter().tag()));
    }

    static List<Day> byDay(List<OccurrenceView> occurrences) {
        Map<LocalDate, List<OccurrenceView>> days = new LinkedHashMap<>();
        for (OccurrenceView o : occurrences) {
            days.computeIfAbsent(localDate(o), d -> new ArrayList<>()).add(o);
        }
        return days.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList();
    }

    static LocalDate localDate(OccurrenceView o) {
        return o.start().atZoneSameInstant(Event.ZONE).toLocalDate();
    }

    private static String base(Map<String, String> form) {
        StringBuilder base = new StringBuilder("/agenda?");
        form.forEach(
                (k, v) ->
                        base.append(k)
                                .append('=')
                                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                                .append('&'));
        return base.substring(0, base.length() - 1);
    }

    static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
