package org.relais.qa.application;

import static org.relais.qa.application.QaService.ANSWER_TYPE;
import static org.relais.qa.application.QaService.QUESTION_TYPE;
import static org.relais.qa.application.QaService.excerpt;
import static org.relais.qa.domain.ReputationEntry.acceptCause;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.notification.Notice;
import org.relais.platform.notification.Notifications;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.security.Caller;
import org.relais.qa.domain.Answer;
import org.relais.qa.domain.PostType;
import org.relais.qa.domain.Privilege;
import org.relais.qa.domain.QaRepository;
import org.relais.qa.domain.Question;
import org.relais.qa.domain.ReputationReason;
import org.relais.qa.domain.Vote;

/** Votes on questions and answers, and the asker's acceptance, with the reputation they move. */
@ApplicationScoped
@Transactional
public class QaVoting {
    @Inject QaRepository repository;
    @Inject SearchOutbox outbox;
    @Inject Notifications notifications;
    @Inject Reputations reputations;
    @Inject QaService qa;
    @Inject QaBounties bounties;

    /** Votes +1 or −1 on a question or answer, or withdraws the vote with 0. */
    public int vote(Caller caller, PostType type, long postId, Integer value) {
        if (value == null || value < -1 || value > 1) {
            throw RuleViolation.of("value", "qa.vote.invalid");
        }
        long author;
        if (type == PostType.QUESTION) {
            author = repository.getQuestion(postId).authorId();
        } else {
            author = repository.getAnswer(postId).authorId();
        }
        if (author == caller.accountId()) {
            throw new AccessDeniedException("qa.vote.own");
        }
        if (value == -1) {
            reputations.require(caller, Privilege.VOTE_DOWN);
        }
        var existing = repository.findVote(type, postId, caller.accountId());
        if (existing.isPresent()) {
            adjustScore(type, postId, -existing.get().direction());
            reputations.reverse(existing.get().cause());
            repository.remove(existing.get());
        }
        if (value != 0) {
            if (existing.isPresent()) {
                repository.flush();
            }
            Vote vote = new Vote(type, postId, caller.accountId(), value, qa.now());
            repository.store(vote);
            adjustScore(type, postId, value);
            reputations.grant(
                    author,
                    value > 0 ? ReputationReason.UPVOTED : ReputationReason.DOWNVOTED,
                    vote.cause());
        }
        outbox.changed(type == PostType.QUESTION ? QUESTION_TYPE : ANSWER_TYPE, postId);
        return type == PostType.QUESTION
                ? repository.getQuestion(postId).score()
                : repository.getAnswer(postId).score();
    }

    /**
     * Votes on an answer reached from its question's page: an answer of another question is not
     * found there, without loading the question to know it.
     */
    public int voteOnAnswer(Caller caller, long questionId, long answerId, Integer value) {
        if (repository.findAnswer(answerId).filter(a -> a.questionId() == questionId).isEmpty()) {
            throw new NotFoundException("qa.answer.not-found");
        }
        return vote(caller, PostType.ANSWER, answerId, value);
    }

    /** The asker accepts an answer, replacing any earlier choice. */
    public QuestionView accept(Caller caller, long questionId, Long answerId) {
        Question question = repository.getQuestion(questionId);
        if (!question.isAuthor(caller.accountId())) {
            throw new AccessDeniedException("qa.accept.not-asker");
        }
        if (answerId == null) {
            throw RuleViolation.of("answerId", "qa.accept.answer-required");
        }
        Answer answer =
                repository
                        .findAnswer(answerId)
                        .filter(a -> a.questionId() == questionId)
                        .orElseThrow(() -> RuleViolation.of("answerId", "qa.accept.not-an-answer"));
        Long previous = question.accept(answerId);
        if (previous != null && !previous.equals(answerId)) {
            repository.findAnswer(previous).ifPresent(Answer::unaccepted);
            reputations.reverse(acceptCause(previous));
            outbox.changed(ANSWER_TYPE, previous);
        }
        if (!answerId.equals(previous)) {
            answer.accepted(qa.now());
            bounties.pay(question, answer.authorId());
            if (!answer.isAuthor(caller.accountId())) {
                reputations.grant(
                        answer.authorId(), ReputationReason.ANSWER_ACCEPTED, acceptCause(answerId));
                reputations.grant(
                        caller.accountId(),
                        ReputationReason.ACCEPTED_AN_ANSWER,
                        acceptCause(answerId));
            }
            notifications.send(
                    new Notice(
                            answer.authorId(),
                            "qa.accepted",
                            caller.accountId(),
                            question.title(),
                            "/questions/" + questionId + "#reponse-" + answerId,
                            excerpt(answer.bodySource())));
        }
        outbox.changed(ANSWER_TYPE, answerId);
        outbox.changed(QUESTION_TYPE, questionId);
        return qa.get(questionId, caller);
    }

    private void adjustScore(PostType type, long postId, int delta) {
        if (type == PostType.QUESTION) {
            repository.getQuestion(postId).voted(delta);
        } else {
            repository.getAnswer(postId).voted(delta);
        }
    }
}
