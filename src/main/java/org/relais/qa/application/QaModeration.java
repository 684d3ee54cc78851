package org.relais.qa.application;

import static org.relais.qa.application.QaService.ANSWER_TYPE;
import static org.relais.qa.application.QaService.QUESTION_TYPE;
import static org.relais.qa.application.QaService.title;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.markdown.RenderedMarkdown;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.security.Caller;
import org.relais.platform.tags.TagRegistry;
import org.relais.platform.tags.TagView;
import org.relais.platform.validation.Revision;
import org.relais.qa.domain.Answer;
import org.relais.qa.domain.Privilege;
import org.relais.qa.domain.QaRepository;
import org.relais.qa.domain.Question;

/**
 * Changing what was posted: editing questions and answers (their authors, members with the
 * privilege to edit others' posts, moderators), rewording tags, closing a question as a duplicate.
 */
@ApplicationScoped
@Transactional
public class QaModeration {
    @Inject QaRepository repository;
    @Inject TagRegistry tags;
    @Inject SearchOutbox outbox;
    @Inject Reputations reputations;
    @Inject QaService qa;
    @Inject QaBounties bounties;

    /** Moderators close a question as a duplicate of an earlier one. */
    public QuestionView closeAsDuplicate(Caller caller, long questionId, Long originalId) {
        if (!Reputations.isStaff(caller)) {
            throw new AccessDeniedException("qa.duplicate.moderators-only");
        }
        Question question = repository.getQuestion(questionId);
        if (originalId == null || originalId == questionId) {
            throw RuleViolation.of("originalId", "qa.duplicate.invalid");
        }
        repository
                .findQuestion(originalId)
                .orElseThrow(() -> RuleViolation.of("originalId", "qa.duplicate.invalid"));
        question.closeAsDuplicateOf(originalId);
        bounties.release(question);
        outbox.changed(QUESTION_TYPE, questionId);
        return qa.get(questionId, caller);
    }

    /**
     * Edits a question's title and text, and its tags unless {@code typedTags} is null. {@code
     * seenRevision} is the {@link QuestionView#revision()} the editor started from: if the question
     * changed since, the edit is an {@link org.relais.platform.error.EditConflict} (none given: it
     * overwrites).
     */
    public QuestionView editQuestion(
            Caller caller,
            long questionId,
            String title,
            String text,
            List<String> typedTags,
            String seenRevision) {
        Question question = repository.getQuestion(questionId);
        requireEditor(caller, question.authorId());
        Revision.check(
                seenRevision,
                QuestionView.revisionOf(question.title(), question.bodySource(), question.tags()));
        String newTitle = title(title);
        RenderedMarkdown newBody = qa.body(text, Question.BODY_MAX);
        if (typedTags != null) {
            question.retag(
                    tags.resolve(typedTags, caller, Question.TAGS_MIN, Question.TAGS_MAX).stream()
                            .map(TagView::slug)
                            .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        question.edit(newTitle, newBody, qa.now());
        outbox.changed(QUESTION_TYPE, questionId);
        return qa.get(questionId, caller);
    }

    /** Edits an answer's text; {@code seenRevision} as for {@link #editQuestion}. */
    public QuestionView editAnswer(Caller caller, long answerId, String text, String seenRevision) {
        Answer answer = repository.getAnswer(answerId);
        requireEditor(caller, answer.authorId());
        Revision.check(seenRevision, Revision.of(answer.bodySource()));
        answer.edit(qa.body(text, Answer.BODY_MAX));
        outbox.changed(ANSWER_TYPE, answerId);
        return qa.get(answer.questionId(), caller);
    }

    public boolean canEdit(Caller caller, long authorId) {
        return caller != null && (caller.accountId() == authorId || editsOthers(caller));
    }

    /** Whether the caller may edit anyone's posts (privilege by reputation, or by role). */
    public boolean editsOthers(Caller caller) {
        return caller != null && reputations.has(caller, Privilege.EDIT_OTHERS_POSTS);
    }

    /**
     * Members who may create tags (or moderators) may also reword a tag's label and description.
     */
    public TagView editTag(Caller caller, String slug, String label, String description) {
        reputations.require(caller, Privilege.CREATE_TAGS);
        return tags.edit(slug, label, description);
    }

    public boolean editsTags(Caller caller) {
        return caller != null && reputations.has(caller, Privilege.CREATE_TAGS);
    }

    private void requireEditor(Caller caller, long authorId) {
        if (!canEdit(caller, authorId)) {
            throw new AccessDeniedException("qa.edit.not-allowed");
        }
    }
}
