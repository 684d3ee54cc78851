package org.relais.qa.web.page;

import static org.relais.qa.web.page.QuestionPages.orEmpty;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.text.Tags;
import org.relais.platform.validation.Revision;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;
import org.relais.qa.application.QaLookups;
import org.relais.qa.application.QaLookups.Lookup;
import org.relais.qa.application.QaModeration;
import org.relais.qa.application.QaService;
import org.relais.qa.application.QuestionView;
import org.relais.qa.application.QuestionView.AnswerView;
import org.relais.qa.application.Reputations;

/**
 * The forms that change a question after it is asked: editing it or one of its answers (an edit
 * page per post), inviting a member by name (asker only) and closing it as a duplicate
 * (moderators). A name or a title that matches several things comes back as a short list to choose
 * from.
 */
@ApplicationScoped
@Path("questions")
@Produces(MediaType.TEXT_HTML)
public class QuestionEditPages {
    @Inject QaService qa;
    @Inject QaModeration moderation;
    @Inject QaLookups lookups;
    @Inject QuestionScreen screen;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;

    @GET
    @Path("{id:[0-9]+}/modifier")
    @RolesAllowed("member")
    public View editQuestionForm(@PathParam("id") long id) {
        QuestionView q = editableQuestion(id);
        return questionForm(
                q,
                Map.of(
                        "title",
                        q.title(),
                        "body",
                        q.bodySource(),
                        "tags",
                        String.join(", ", q.tags()),
                        "revision",
                        q.revision()));
    }

    @POST
    @Path("{id:[0-9]+}/modifier")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response editQuestion(
            @PathParam("id") long id,
            @FormParam("title") String title,
            @FormParam("body") String body,
            @FormParam("tags") String tagList,
            @FormParam("revision") String revision) {
        try {
            moderation.editQuestion(
                    caller.require(), id, title, body, Tags.splitList(tagList), revision);
            return QuestionPages.back(id, "");
        } catch (RuleViolation violation) {
            QuestionView q = editableQuestion(id);
            Map<String, String> form =
                    Map.of(
                            "title",
                            orEmpty(title),
                            "body",
                            orEmpty(body),
                            "tags",
                            orEmpty(tagList),
                            "revision",
                            Revision.resumeFrom(violation, revision, q.revision()));
            return formErrors.rerender(questionForm(q, form), violation);
        }
    }

    @GET
    @Path("{id:[0-9]+}/reponses/{answerId:[0-9]+}/modifier")
    @RolesAllowed("member")
    public View editAnswerForm(@PathParam("id") long id, @PathParam("answerId") long answerId) {
        AnswerView a = editableAnswer(id, answerId);
        return answerForm(id, a, Map.of("body", a.bodySource(), "revision", a.revision()));
    }

    @POST
    @Path("{id:[0-9]+}/reponses/{answerId:[0-9]+}/modifier")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response editAnswer(
            @PathParam("id") long id,
            @PathParam("answerId") long answerId,
            @FormParam("body") String body,
            @FormParam("revision") String revision) {
        editableAnswer(id, answerId);
        try {
            moderation.editAnswer(caller.require(), answerId, body, revision);
            return QuestionPages.back(id, "#reponse-" + answerId);
        } catch (RuleViolation violation) {
            AnswerView a = editableAnswer(id, answerId);
            Map<String, String> form =
                    Map.of(
                            "body",
                            orEmpty(body),
                            "revision",
                            Revision.resumeFrom(violation, revision, a.revision()));
            return formErrors.rerender(answerForm(id, a, form), violation);
        }
    }

    /** The asker names a member; a chosen {@code memberId} (second step) wins over the name. */
    @POST
    @Path("{id:[0-9]+}/inviter")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(
            @PathParam("id") long id,
            @FormParam("membre") String name,
            @FormParam("memberId") String memberId) {
        if (qa.get(id, null).authorId() != caller.requireId()) {
            throw new AccessDeniedException("qa.invite.not-asker");
        }
        try {
            Lookup member =
                    memberId == null || memberId.isBlank()
                            ? lookups.member("membre", name)
                            : new Lookup(memberId, List.of());
            if (!member.resolved()) {
                return choose(id, "membre", name, member);
            }
            qa.invite(caller.require(), id, number(member.chosen(), "membre"));
            return QuestionPages.back(id, "#inviter");
        } catch (RuleViolation violation) {
            return refused(id, "membre", name, violation);
        }
    }

    /** A moderator names the original by its number, address or title words. */
    @POST
    @Path("{id:[0-9]+}/doublon")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response closeAsDuplicate(
            @PathParam("id") long id,
            @FormParam("original") String original,
            @FormParam("originalId") String originalId) {
        if (!Reputations.isStaff(caller.require())) {
            throw new AccessDeniedException("qa.duplicate.moderators-only");
        }
        try {
            Lookup question =
                    originalId == null || originalId.isBlank()
                            ? lookups.question("original", original)
                            : new Lookup(originalId, List.of());
            if (!question.resolved()) {
                return choose(id, "original", original, question);
            }
            moderation.closeAsDuplicate(
                    caller.require(), id, number(question.chosen(), "original"));
            return QuestionPages.back(id, "");
        } catch (RuleViolation violation) {
            return refused(id, "original", original, violation);
        }
    }

    private Response choose(long id, String field, String typed, Lookup lookup) {
        View page =
                screen.of(id)
                        .with("form", Map.of("body", "", field, orEmpty(typed)))
                        .with("choiceField", field)
                        .with("choices", lookup.choices());
        return Response.ok(page).build();
    }

    private Response refused(long id, String field, String typed, RuleViolation violation) {
        View page =
                screen.of(id)
                        .with("form", Map.of("body", "", field, orEmpty(typed)))
                        .with("choiceField", field);
        return formErrors.rerender(page, violation);
    }

    private static long number(String id, String field) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.of(field, "qa.id.invalid");
        }
    }

    private QuestionView editableQuestion(long id) {
        Caller me = caller.require();
        QuestionView q = qa.get(id, me);
        if (!moderation.canEdit(me, q.authorId())) {
            throw new AccessDeniedException("qa.edit.not-allowed");
        }
        return q;
    }

    private AnswerView editableAnswer(long id, long answerId) {
        Caller me = caller.require();
        AnswerView a =
                qa.get(id, me).answers().stream()
                        .filter(x -> x.id() == answerId)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("qa.answer.not-found"));
        if (!moderation.canEdit(me, a.authorId())) {
            throw new AccessDeniedException("qa.edit.not-allowed");
        }
        return a;
    }

    private static View questionForm(QuestionView q, Map<String, String> form) {
        return View.of("qa/edit-question").with("q", q).with("form", form);
    }

    private static View answerForm(long questionId, AnswerView a, Map<String, String> form) {
        return View.of("qa/edit-answer")
                .with("questionId", questionId)
                .with("answer", a)
                .with("form", form);
    }
}
