package org.relais.qa.web.page;

import jakarta.annotation.security.RolesAllowed;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.tags.TagRegistry;
import org.relais.platform.text.Tags;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;
import org.relais.qa.application.AskQuestion;
import org.relais.qa.application.QaMembers;
import org.relais.qa.application.QaService;
import org.relais.qa.application.QuestionView;
import org.relais.qa.domain.PostType;
import org.relais.qa.domain.QaRepository;

/**
 * The Q&A pages: the list of questions, a question with its answers, and the ask form, whose
 * "Vérifier" step lists similar questions before publishing. Every action is a form.
 */
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
    @Inject QaMembers members;
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
        return askView(Map.of("title", "", "body", "", "tags", "", "placeId", ""), null);
    }

    /** "Vérifier" shows similar questions first; "Publier" asks. */
    @POST
    @Path("poser")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(
            @FormParam("title") String title,
            @FormParam("body") String body,
            @FormParam("tags") String tagList,
            @FormParam("placeId") String placeId,
            @FormParam("etape") String step) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", orEmpty(title));
        form.put("body", orEmpty(body));
        form.put("tags", orEmpty(tagList));
        form.put("placeId", orEmpty(placeId));
        if (!"publier".equals(step)) {
            return Response.ok(askView(form, qa.similar(form.get("title"), form.get("body"))))
                    .build();
        }
        try {
            QuestionView asked =
                    qa.ask(
                            caller.require(),
                            new AskQuestion(
                                    title, body, List.copyOf(Tags.parseList(tagList)), placeId));
            return Response.seeOther(URI.create("/questions/" + asked.id())).build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(askView(form, List.of()), violation);
        }
    }

    @GET
    @Path("{id:[0-9]+}")
    public View question(@PathParam("id") long id) {
        Caller me = caller.get().orElse(null);
        QuestionView question = qa.get(id, me);
        return View.of("qa/question")
                .with("q", question)
                .with(
                        "original",
                        question.duplicateOf() == null
                                ? null
                                : qa.get(question.duplicateOf(), null))
                .with("mayEdit", me != null && qa.canEdit(me, question.authorId()))
                .with("asker", me != null && me.accountId() == question.authorId())
                .with("form", Map.of("body", ""));
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
                    question(id).with("form", Map.of("body", orEmpty(body))), violation);
        }
    }

    @POST
    @Path("{id:[0-9]+}/vote")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response voteQuestion(@PathParam("id") long id, @FormParam("value") int value) {
        qa.vote(caller.require(), PostType.QUESTION, id, value);
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
        qa.vote(caller.require(), PostType.ANSWER, answerId, value);
        return back(id, "#reponse-" + answerId);
    }

    @POST
    @Path("{id:[0-9]+}/reponses/{answerId:[0-9]+}/accepter")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") long id, @PathParam("answerId") long answerId) {
        qa.accept(caller.require(), id, answerId);
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

    private View askView(Map<String, String> form, List<QuestionView> similar) {
        return View.of("qa/ask")
                .with("form", form)
                .with("similar", similar)
                .with("knownTags", tags.suggest("", 200));
    }

    private static Response back(long id, String suffix) {
        return Response.seeOther(URI.create("/questions/" + id + suffix)).build();
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
