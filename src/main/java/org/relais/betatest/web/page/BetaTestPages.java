package org.relais.betatest.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relais.betatest.application.BetaTestQueries;
import org.relais.betatest.application.BetaTestService;
import org.relais.betatest.application.CallFollowing;
import org.relais.betatest.application.CallValidation;
import org.relais.betatest.domain.Application;
import org.relais.betatest.domain.ApplicationStatus;
import org.relais.betatest.domain.Audience;
import org.relais.betatest.domain.BetaCall;
import org.relais.betatest.domain.CallFilter;
import org.relais.betatest.domain.CallSchedule;
import org.relais.betatest.domain.Device;
import org.relais.directory.domain.Communes;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.markdown.MarkdownRenderer;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.text.Tags;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;
import org.relais.timebank.domain.HoursFormat;

/**
 * The pages every member sees: the list of open calls (filtered by tag, public, device, region) and
 * past ones, following a tag, a call with the form to apply or to withdraw, and its results with a
 * chart. The holder's pages are {@link HolderPages}, the tester's report {@link ReportPages}.
 */
@ApplicationScoped
@Path("beta-tests")
@Produces(MediaType.TEXT_HTML)
public class BetaTestPages {
    static final int PAGE_SIZE = 20;
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** What a redirect after an action may say was done ({@code ?fait=}). */
    static final Set<String> DONE = Set.of("ouvert", "candidature", "retrait");

    @Inject BetaTestService service;
    @Inject BetaTestQueries queries;
    @Inject CallValidation validation;
    @Inject CallFollowing following;
    @Inject CurrentCaller caller;
    @Inject MarkdownRenderer markdown;
    @Inject FormErrors formErrors;
    @Inject Clock clock;

    /** A call as pages show it, its dates in Paris time. */
    public record Card(
            BetaCall call,
            String phase,
            String reward,
            ZonedDateTime deadline,
            ZonedDateTime testStart,
            ZonedDateTime testEnd) {}

    @GET
    public Response calls(
            @QueryParam("etiquette") String tag,
            @QueryParam("public") String audience,
            @QueryParam("appareil") String device,
            @QueryParam("region") String region,
            @QueryParam("page") String page) {
        Map<String, String> asked = new LinkedHashMap<>();
        asked.put("etiquette", orEmpty(tag));
        asked.put("public", orEmpty(audience));
        asked.put("appareil", orEmpty(device));
        asked.put("region", orEmpty(region));
        try {
            CallFilter filter = validation.filter(tag, audience, device, region);
            asked.put("etiquette", filter.tag() == null ? "" : filter.tag());
            return Response.ok(list(filter, asked, page)).build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(list(CallFilter.NONE, asked, page), violation);
        }
    }

    private View list(CallFilter filter, Map<String, String> asked, String page) {
        PageRequest paging = PageRequest.of(page, Integer.toString(PAGE_SIZE));
        BetaTestQueries.CallPage open = queries.openCalls(filter, paging);
        BetaTestQueries.CallPage past = queries.pastCalls(PageRequest.of("1", "10"));
        Optional<Caller> me = caller.get();
        StringBuilder base = new StringBuilder("/beta-tests?");
        asked.forEach(
                (name, value) ->
                        base.append(name)
                                .append('=')
                                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                                .append('&'));
        return View.of("betatest/calls")
                .with("open", open.items().stream().map(this::card).toList())
                .with("openTotal", open.total())
                .with("past", past.items().stream().map(this::card).toList())
                .with("filter", asked)
                .with("audiences", Audience.values())
                .with("devices", Device.values())
                .with("regions", Communes.france().regions())
                .with(
                        "following",
                        me.map(c -> following.follows(c.accountId(), filter.tag())).orElse(false))
                .with("followed", me.map(c -> following.followed(c.accountId())).orElse(List.of()))
                .with("page", paging.page())
                .with("pageCount", paging.pageCount(open.total()))
                .with("base", base.substring(0, base.length() - 1));
    }

    /** Follows ({@code suivre=oui}) or stops following a tag of calls. */
    @POST
    @Path("suivre")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response follow(@FormParam("etiquette") String tag, @FormParam("suivre") String follow) {
        String slug = following.follow(caller.requireId(), tag, "oui".equals(follow));
        return Response.seeOther(
                        URI.create(
                                "/beta-tests?etiquette="
                                        + URLEncoder.encode(slug, StandardCharsets.UTF_8)))
                .build();
    }

    @GET
    @Path("appels/{id:[0-9]+}")
    public View call(@PathParam("id") long id, @QueryParam("fait") String done) {
        return callView(id, ApplyForm.empty())
                .with("done", done != null && DONE.contains(done) ? done : null);
    }

    @POST
    @Path("appels/{id:[0-9]+}/candidature")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response apply(@PathParam("id") long id, MultivaluedMap<String, String> posted) {
        ApplyForm form = ApplyForm.of(posted);
        try {
            service.apply(
                    caller.require(),
                    id,
                    form.motivation(),
                    validation.profile(
                            Set.copyOf(form.audiences()),
                            Set.copyOf(form.devices()),
                            form.region(),
                            new LinkedHashSet<>(Tags.splitList(form.skills()))));
            return Response.seeOther(URI.create("/beta-tests/appels/" + id + "?fait=candidature"))
                    .build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(callView(id, form), violation);
        }
    }

    @POST
    @Path("candidatures/{applicationId:[0-9]+}/retrait")
    @RolesAllowed("member")
    public Response withdraw(@PathParam("applicationId") long applicationId) {
        Caller me = caller.require();
        long callId = service.withdraw(me, applicationId).callId();
        return Response.seeOther(URI.create("/beta-tests/appels/" + callId + "?fait=retrait"))
                .build();
    }

    private View callView(long id, ApplyForm form) {
        BetaCall call = service.call(id);
        Optional<Caller> me = caller.get();
        Optional<Application> mine = me.flatMap(c -> queries.applicationOf(c, id));
        boolean holder = me.map(c -> call.isHolder(c.accountId())).orElse(false);
        CallSchedule.Phase phase = call.phase(clock.instant());
        return View.of("betatest/call")
                .with("card", card(call))
                .with("descriptionHtml", markdown.render(call.description()).html())
                .with("criteria", call.criteria())
                .with("holder", holder)
                .with("mine", mine.orElse(null))
                .with(
                        "mayApply",
                        phase == CallSchedule.Phase.APPLICATIONS && !holder && mine.isEmpty())
                .with(
                        "mayReport",
                        phase == CallSchedule.Phase.TESTING
                                && mine.map(a -> a.status() == ApplicationStatus.SELECTED)
                                        .orElse(false))
                .with("form", form)
                .with("audiences", Audience.values())
                .with("devices", Device.values())
                .with("regions", Communes.france().regions())
                .with("resultsVisible", call.resultsVisibleToOthers(clock.instant()))
                .with("done", null);
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

    Card card(BetaCall call) {
        return card(call, clock.instant());
    }

    static Card card(BetaCall call, Instant now) {
        CallSchedule schedule = call.schedule();
        return new Card(
                call,
                call.phase(now).name().toLowerCase(Locale.ROOT),
                call.rewardMinutes() == 0 ? null : HoursFormat.format(call.rewardMinutes()),
                schedule.applicationDeadline().atZone(PARIS),
                schedule.testStart().atZone(PARIS),
                schedule.testEnd().atZone(PARIS));
    }

    static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    /** What an applicant typed, shown back when the application is refused. */
    public record ApplyForm(
            String motivation,
            List<String> audiences,
            List<String> devices,
            String region,
            String skills) {
        static ApplyForm empty() {
            return new ApplyForm("", List.of(), List.of(), "", "");
        }

        static ApplyForm of(MultivaluedMap<String, String> posted) {
            return new ApplyForm(
                    orEmpty(posted.getFirst("motivation")),
                    posted.getOrDefault("audiences", List.of()),
                    posted.getOrDefault("devices", List.of()),
                    orEmpty(posted.getFirst("region")),
                    orEmpty(posted.getFirst("skills")));
        }
    }
}
