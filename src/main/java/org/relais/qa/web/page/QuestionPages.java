package org.relais.qa.web.page;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.tags.TagRegistry;
import org.relais.platform.text.Tags;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;
import org.relais.qa.application.AskQuestion;
import org.relais.qa.application.QaLookups;
import org.relais.qa.application.QaLookups.Choice;
import org.relais.qa.application.QaLookups.Lookup;
import org.relais.qa.application.QaMembers;
import org.relais.qa.application.QaService;
import org.relais.qa.application.QaVoting;
import org.relais.qa.application.QuestionView;
import org.relais.qa.domain.PostType;
import org.relais.qa.domain.QaRepository;

/**
 * The Q&A pages: the list of questions, a question with its answers, and the ask form, whose
 * "Vérifier" step lists similar questions before publishing. Every action is a form.
 */
@ApplicationScoped
@Path("questions")
@Produces(MediaType.TEXT_HTML)
public class QuestionPages {
    static final int PAGE_SIZE = 20;
    static final Map<String, QaRepository.Sort> SORTS =
            Map.of(
                    "recentes", QaRepository.Sort.NEWEST,
                    "sans-reponse", QaRepository.Sort.UNANSWERED,
                    "votes", QaRepository.Sort.VOTES);

    @Inject QaService qa;
    @Inject QaVoting voting;
    @Inject QaMembers members;
    @Inject QaLookups lookups;
    @Inject QuestionScreen screen;
    @Inject TagRegistry tags;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;

    @GET
    public View list(
            @QueryParam("tri") String sort,
            @QueryParam("etiquette") String tag,
            @QueryParam("page") String page) {
        String tri = sort == null || !SORTS.containsKey(sort) ? "recentes" : sort;
        String slug = tag == null ? null : Tags.normalize(tag).orElse(null);
        PageRequest paging = PageRequest.of(page, Integer.toString(PAGE_SIZE));
        QaService.QuestionPage result = qa.list(SORTS.get(tri), slug, paging);
        String base = "/questions?tri=" + tri + (slug == null ? "" : "&etiquette=" + slug);
        return View.of("qa/questions")
                .with("questions", result.items())
                .with("total", result.total())
                .with("tri", tri)
                .with("tag", slug)
                .with("page", paging.page())
                .with("pageCount", paging.pageCount(result.total()))
                .with("base", base);
    }

    @GET
    @Path("poser")
    @RolesAllowed("member")
    public View askForm() {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field :
                List.of(
                        "title",
                        "body",
                        "tags",
                        "lieu",
                        "placeId",
                        "primeHeures",
                        "primeMinutes")) {
            form.put(field, "");
        }
        return askView(form, null, List.of());
    }

    /**
     * "Vérifier" shows similar questions first; "Publier" asks. A place typed by name or town is
     * looked up in the directory: one match is taken, several come back as choices.
     */
    @POST
    @Path("poser")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(
            @FormParam("title") String title,
            @FormParam("body") String body,
            @FormParam("tags") String tagList,
            @FormParam("lieu") String place,
            @FormParam("placeId") String placeId,
            @FormParam("primeHeures") String bountyHours,
            @FormParam("primeMinutes") String bountyMinutes,
            @FormParam("etape") String step) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", orEmpty(title));
        form.put("body", orEmpty(body));
        form.put("tags", orEmpty(tagList));
        form.put("lieu", "");
        form.put("placeId", orEmpty(placeId));
        form.put("primeHeures", orEmpty(bountyHours));
        form.put("primeMinutes", orEmpty(bountyMinutes));
        List<Choice> candidates = new ArrayList<>();
        List<QuestionView> similar =
                "publier".equals(step)
                        ? List.of()
                        : qa.similar(form.get("title"), form.get("body"));
        try {
            if (place != null && !place.isBlank()) {
                Lookup lookup = lookups.place("lieu", place);
                if (!lookup.resolved()) {
                    candidates.addAll(lookup.choices());
                    form.put("placeId", "");
                    throw RuleViolation.of("placeId", "qa.lookup.place.several", place.strip());
                }
                form.put("placeId", lookup.chosen());
                lookups.placeNamed(lookup.chosen()).ifPresent(candidates::add);
            }
            if (!"publier".equals(step)) {
                return Response.ok(askView(form, similar, candidates)).build();
            }
            QuestionView asked =
                    qa.ask(
                            caller.require(),
                            new AskQuestion(
                                    title,
                                    body,
                                    Tags.splitList(tagList),
                                    form.get("placeId"),
                                    bounty(bountyHours, bountyMinutes)));
            return Response.seeOther(URI.create("/questions/" + asked.id())).build();
        } catch (RuleViolation violation) {
            form.put("lieu", candidates.isEmpty() ? orEmpty(place) : "");
            return formErrors.rerender(askView(form, similar, candidates), violation);
        }
    }

    @GET
    @Path("{id:[0-9]+}")
    public View question(@PathParam("id") long id) {
        return screen.of(id);
    }

    @POST
    @Path("{id:[0-9]+}/reponses")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") long id, @FormParam("body") String body) {
        try {
            qa.answer(caller.require(), id, body);
            return back(id, "#reponses");
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    screen.of(id).with("form", Map.of("body", orEmpty(body))), violation);
        }
    }

    @POST
    @Path("{id:[0-9]+}/vote")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response voteQuestion(@PathParam("id") long id, @FormParam("value") int value) {
        voting.vote(caller.require(), PostType.QUESTION, id, value);
        return back(id, "");
    }

    @POST
    @Path("{id:[0-9]+}/reponses/{answerId:[0-9]+}/vote")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response voteAnswer(
            @PathParam("id") long id,
            @PathParam("answerId") long answerId,
            @FormParam("value") int value) {
        voting.voteOnAnswer(caller.require(), id, answerId, value);
        return back(id, "#reponse-" + answerId);
    }

    @POST
    @Path("{id:[0-9]+}/reponses/{answerId:[0-9]+}/accepter")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") long id, @PathParam("answerId") long answerId) {
        voting.accept(caller.require(), id, answerId);
        return back(id, "#reponse-" + answerId);
    }

    /** From the member's profile: be told, or not, of questions they might answer. */
    @POST
    @Path("alertes")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response routing(@FormParam("actif") String active) {
        members.chooseRouting(caller.requireId(), "oui".equals(active));
        return Response.seeOther(URI.create("/profil")).build();
    }

    /** The ask form; the asker's own places are offered first, then the places looked up. */
    private View askView(
            Map<String, String> form, List<QuestionView> similar, List<Choice> candidates) {
        Map<String, Choice> places = new LinkedHashMap<>();
        lookups.placesOf(caller.requireId()).forEach(p -> places.put(p.id(), p));
        candidates.forEach(p -> places.putIfAbsent(p.id(), p));
        return View.of("qa/ask")
                .with("form", form)
                .with("similar", similar)
                .with("placeChoices", List.copyOf(places.values()))
                .with("knownTags", tags.suggest("", 200));
    }

    /** The bounty typed as hours and minutes, in minutes; null when both are left empty. */
    static Long bounty(String hours, String minutes) {
        if ((hours == null || hours.isBlank()) && (minutes == null || minutes.isBlank())) {
            return null;
        }
        try {
            long h = hours == null || hours.isBlank() ? 0 : Long.parseLong(hours.strip());
            long m = minutes == null || minutes.isBlank() ? 0 : Long.parseLong(minutes.strip());
            if (h < 0 || m < 0 || m >= 60 || h > 1000) {
                throw RuleViolation.of("bountyMinutes", "qa.bounty.invalid");
            }
            return h * 60 + m;
        } catch (NumberFormatException e) {
            throw RuleViolation.of("bountyMinutes", "qa.bounty.invalid");
        }
    }

    static Response back(long id, String suffix) {
        return Response.seeOther(URI.create("/questions/" + id + suffix)).build();
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
