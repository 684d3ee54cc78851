package org.relais.betatest.web.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import org.relais.betatest.application.BetaTestQueries;
import org.relais.betatest.application.BetaTestService;
import org.relais.betatest.domain.Application;
import org.relais.betatest.domain.BetaCall;
import org.relais.betatest.domain.CallSchedule;
import org.relais.platform.markdown.MarkdownRenderer;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.text.Tags;
import org.relais.platform.web.view.View;
import org.relais.timebank.domain.HoursFormat;

/**
 * The pages of the calls for beta-testers: the list of open and past calls, a call, and its results
 * with a chart. Applying, selecting and reporting are done through the API for now; the call page
 * says so plainly.
 */
@Path("beta-tests")
@Produces(MediaType.TEXT_HTML)
public class BetaTestPages {
    static final int PAGE_SIZE = 20;

    @Inject BetaTestService service;
    @Inject BetaTestQueries queries;
    @Inject CurrentCaller caller;
    @Inject MarkdownRenderer markdown;
    @Inject Clock clock;

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A call as pages show it, its dates in Paris time. */
    public record Card(
            BetaCall call,
            String phase,
            String reward,
            ZonedDateTime deadline,
            ZonedDateTime testStart,
            ZonedDateTime testEnd) {}

    @GET
    public View calls(@QueryParam("etiquette") String tag, @QueryParam("page") String page) {
        String slug = tag == null ? null : Tags.normalize(tag).orElse(null);
        PageRequest paging = PageRequest.of(page, Integer.toString(PAGE_SIZE));
        BetaTestQueries.CallPage open = queries.openCalls(slug, paging);
        BetaTestQueries.CallPage past = queries.pastCalls(PageRequest.of("1", "10"));
        return View.of("betatest/calls")
                .with("open", open.items().stream().map(this::card).toList())
                .with("openTotal", open.total())
                .with("past", past.items().stream().map(this::card).toList())
                .with("etiquette", slug == null ? "" : slug)
                .with("page", paging.page())
                .with("pageCount", paging.pageCount(open.total()))
                .with("base", "/beta-tests?etiquette=" + (slug == null ? "" : slug));
    }

    @GET
    @Path("appels/{id:[0-9]+}")
    public View call(@PathParam("id") long id) {
        BetaCall call = service.call(id);
        Optional<Caller> me = caller.get();
        Optional<Application> mine = me.flatMap(c -> queries.applicationOf(c, id));
        return View.of("betatest/call")
                .with("card", card(call))
                .with("descriptionHtml", markdown.render(call.description()).html())
                .with("criteria", call.criteria())
                .with("holder", me.map(c -> call.isHolder(c.accountId())).orElse(false))
                .with("mine", mine.orElse(null))
                .with("resultsVisible", call.resultsVisibleToOthers(clock.instant()));
    }

    @GET
    @Path("appels/{id:[0-9]+}/resultats")
    public View results(@PathParam("id") long id) {
        BetaTestQueries.ResultsView view = queries.results(caller.get(), id);
        return View.of("betatest/results")
                .with("card", card(view.call()))
                .with("results", view.results())
                .with("quotes", view.quotes())
                .with("chart", ScenarioChart.of(view.results()));
    }

    private Card card(BetaCall call) {
        CallSchedule schedule = call.schedule();
        return new Card(
                call,
                call.phase(clock.instant()).name().toLowerCase(Locale.ROOT),
                call.rewardMinutes() == 0 ? null : HoursFormat.format(call.rewardMinutes()),
                schedule.applicationDeadline().atZone(PARIS),
                schedule.testStart().atZone(PARIS),
                schedule.testEnd().atZone(PARIS));
    }
}
