package org.relais.qa.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageJson;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.text.Tags;
import org.relais.qa.application.AskQuestion;
import org.relais.qa.application.QaModeration;
import org.relais.qa.application.QaService;
import org.relais.qa.application.QaVoting;
import org.relais.qa.application.QuestionView;
import org.relais.qa.domain.PostType;
import org.relais.qa.domain.QaRepository;
import org.relais.qa.web.api.QaJson.AcceptJson;
import org.relais.qa.web.api.QaJson.AnswerBodyJson;
import org.relais.qa.web.api.QaJson.AskJson;
import org.relais.qa.web.api.QaJson.DuplicateJson;
import org.relais.qa.web.api.QaJson.EditQuestionJson;
import org.relais.qa.web.api.QaJson.InvitationJson;
import org.relais.qa.web.api.QaJson.QuestionJson;
import org.relais.qa.web.api.QaJson.SimilarJson;
import org.relais.qa.web.api.QaJson.VoteJson;
import org.relais.qa.web.api.QaJson.VoteResultJson;

/** Questions and their answers, votes, acceptance, invitations and duplicate closing. */
@ApplicationScoped
@Path("api/v1/questions")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionResource {
    @Inject QaService qa;
    @Inject QaVoting voting;
    @Inject QaModeration moderation;
    @Inject CurrentCaller caller;

    @GET
    public PageJson<QuestionJson> list(
            @QueryParam("sort") String sort,
            @QueryParam("tag") String tag,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        QaService.QuestionPage result =
                qa.list(sort(sort), tag == null ? null : Tags.normalize(tag).orElse(null), paging);
        return PageJson.of(
                result.items().stream().map(QaJson::of).toList(), result.total(), paging);
    }

    @POST
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(AskJson body) {
        AskJson json = body == null ? new AskJson(null, null, null, null, null) : body;
        QuestionView asked =
                qa.ask(
                        caller.require(),
                        new AskQuestion(
                                json.title(),
                                json.body(),
                                json.tags(),
                                json.placeId(),
                                json.bountyMinutes()));
        return Response.created(URI.create("/api/v1/questions/" + asked.id()))
                .entity(QaJson.of(asked))
                .build();
    }

    /** Questions like a draft's title, while it is typed (the ask form's "Vérifier" step). */
    @GET
    @Path("similar")
    public PageJson<SimilarJson> similar(@QueryParam("title") String title) {
        return PageJson.all(
                qa.similar(title == null ? "" : title, null).stream()
                        .map(
                                q ->
                                        new SimilarJson(
                                                String.valueOf(q.id()),
                                                q.title(),
                                                q.answerCount(),
                                                "/questions/" + q.id()))
                        .toList());
    }

    @GET
    @Path("{id}")
    public QuestionJson get(@PathParam("id") long id) {
        return QaJson.of(qa.get(id, caller.get().orElse(null)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionJson edit(@PathParam("id") long id, EditQuestionJson body) {
        EditQuestionJson json = body == null ? new EditQuestionJson(null, null, null, null) : body;
        return QaJson.of(
                moderation.editQuestion(
                        caller.require(),
                        id,
                        json.title(),
                        json.body(),
                        json.tags(),
                        json.revision()));
    }

    @POST
    @Path("{id}/answers")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("id") long id, AnswerBodyJson body) {
        QuestionView question = qa.answer(caller.require(), id, body == null ? null : body.body());
        return Response.status(Response.Status.CREATED).entity(QaJson.of(question)).build();
    }

    @POST
    @Path("{id}/vote")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public VoteResultJson vote(@PathParam("id") long id, VoteJson body) {
        Integer value = body == null ? null : body.value();
        return new VoteResultJson(
                voting.vote(caller.require(), PostType.QUESTION, id, value), value);
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionJson accept(@PathParam("id") long id, AcceptJson body) {
        long answerId = QaJson.id(body == null ? null : body.answerId(), "answerId");
        return QaJson.of(voting.accept(caller.require(), id, answerId));
    }

    @POST
    @Path("{id}/invitations")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionJson invite(@PathParam("id") long id, InvitationJson body) {
        long memberId = QaJson.id(body == null ? null : body.memberId(), "memberId");
        return QaJson.of(qa.invite(caller.require(), id, memberId));
    }

    @POST
    @Path("{id}/duplicate")
    @RolesAllowed({"moderator", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionJson duplicate(@PathParam("id") long id, DuplicateJson body) {
        long originalId = QaJson.id(body == null ? null : body.originalId(), "originalId");
        return QaJson.of(moderation.closeAsDuplicate(caller.require(), id, originalId));
    }

    static QaRepository.Sort sort(String raw) {
        if (raw == null || raw.isBlank()) {
            return QaRepository.Sort.NEWEST;
        }
        try {
            return QaRepository.Sort.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of("sort", "qa.sort.invalid");
        }
    }
}
