package org.relais.qa.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.relais.accounts.application.AccountService;
import org.relais.platform.notification.Subscription;
import org.relais.platform.notification.Subscriptions;
import org.relais.platform.notification.WatchLevel;
import org.relais.platform.personaldata.PersonalDataSection;
import org.relais.qa.application.QaData.AnswerData;
import org.relais.qa.application.QaData.BountyData;
import org.relais.qa.application.QaData.InvitationData;
import org.relais.qa.application.QaData.QuestionData;
import org.relais.qa.application.QaData.ReputationData;
import org.relais.qa.application.QaData.ReputationLine;
import org.relais.qa.application.QaData.SuggestionData;
import org.relais.qa.application.QaData.VoteData;
import org.relais.qa.domain.Answer;
import org.relais.qa.domain.PostType;
import org.relais.qa.domain.QaMemberSetting;
import org.relais.qa.domain.QaRepository;
import org.relais.qa.domain.Question;
import org.relais.qa.domain.ReputationEntry;
import org.relais.qa.domain.ReputationEntry.PostRef;
import org.relais.qa.domain.Suggestion;
import org.relais.qa.domain.Vote;
import org.relais.timebank.application.HoldService;

/**
 * Q&A's part of a member's data export: their questions (with the bounty each offers) and answers
 * in full, the votes they cast, their reputation ledger, their routing choice and followed tags,
 * the questions they were proposed to answer and the members they invited. Who voted on their posts
 * is left out: the reputation lines say which post earned them, never the voter.
 */
@ApplicationScoped
public class QaPersonalData implements PersonalDataSection {
    @Inject QaRepository repository;
    @Inject Subscriptions subscriptions;
    @Inject AccountService accounts;
    @Inject HoldService holds;

    @Override
    public String name() {
        return "qa";
    }

    @Override
    public QaData of(long memberId) {
        List<Question> asked = repository.questionsBy(memberId);
        List<Answer> answered =
                repository.answersBy(memberId).stream()
                        .sorted(Comparator.comparing(Answer::id))
                        .toList();
        List<Vote> votes = repository.votesBy(memberId);
        List<ReputationEntry> reputation = repository.reputationEntries(memberId);
        List<Suggestion> suggested = repository.suggestionsFor(memberId);
        List<Suggestion> invited = repository.invitationsBy(memberId);

        Map<Long, Long> questionOfAnswer = questionsOfAnswers(votes, reputation);
        Map<Long, String> titles = titles(answered, suggested);
        Map<Long, String> invitees =
                accounts.displayNames(
                        invited.stream().map(Suggestion::accountId).collect(Collectors.toSet()));
        Map<Long, String> bounties =
                holds.statuses(
                        asked.stream()
                                .map(Question::bountyHoldId)
                                .filter(Objects::nonNull)
                                .toList());
        Function<PostRef, String> urls = post -> url(post, questionOfAnswer);

        return new QaData(
                asked.stream().map(q -> question(q, bounties)).toList(),
                answered.stream().map(a -> answer(a, titles)).toList(),
                votes.stream().map(v -> vote(v, urls)).toList(),
                new ReputationData(
                        reputation.stream().mapToInt(ReputationEntry::points).sum(),
                        reputation.stream().map(r -> line(r, urls)).toList()),
                repository.setting(memberId).map(QaMemberSetting::routingOptIn).orElse(false),
                subscriptions.of(memberId).stream()
                        .filter(s -> s.subjectType().equals(QaService.TAG_SUBJECT))
                        .filter(s -> s.level() == WatchLevel.WATCHING)
                        .map(Subscription::subjectKey)
                        .toList(),
                suggested.stream().map(s -> suggestion(s, titles)).toList(),
                invited.stream()
                        .map(
                                s ->
                                        new InvitationData(
                                                id(s.questionId()),
                                                invitees.get(s.accountId()),
                                                s.createdAt(),
                                                questionUrl(s.questionId())))
                        .toList());
    }

    /** The question of every answer the member voted on or earned reputation by, at once. */
    private Map<Long, Long> questionsOfAnswers(List<Vote> votes, List<ReputationEntry> reputation) {
        Set<Long> answers =
                Stream.concat(
                                votes.stream().map(v -> new PostRef(v.postType(), v.postId())),
                                reputation.stream().flatMap(r -> r.post().stream()))
                        .filter(p -> p.type() == PostType.ANSWER)
                        .map(PostRef::id)
                        .collect(Collectors.toSet());
        return repository.answersByIds(answers).stream()
                .collect(Collectors.toMap(Answer::id, Answer::questionId));
    }

    /** The titles of the questions the member answered or was proposed to answer, at once. */
    private Map<Long, String> titles(List<Answer> answered, List<Suggestion> suggested) {
        Set<Long> questions =
                Stream.concat(
                                answered.stream().map(Answer::questionId),
                                suggested.stream().map(Suggestion::questionId))
                        .collect(Collectors.toSet());
        return repository.questionsByIds(questions).stream()
                .collect(Collectors.toMap(Question::id, Question::title));
    }

    private static QuestionData question(Question q, Map<Long, String> bounties) {
        return new QuestionData(
                id(q.id()),
                q.title(),
                q.bodySource(),
                q.tags().stream().sorted().toList(),
                q.placeId(),
                q.score(),
                q.answerCount(),
                id(q.acceptedAnswerId()),
                id(q.duplicateOf()),
                q.createdAt(),
                q.lastActivity(),
                q.bountyMinutes() == null
                        ? null
                        : new BountyData(q.bountyMinutes(), bounties.get(q.bountyHoldId())),
                questionUrl(q.id()));
    }

    private static AnswerData answer(Answer a, Map<Long, String> titles) {
        return new AnswerData(
                id(a.id()),
                id(a.questionId()),
                titles.get(a.questionId()),
                a.bodySource(),
                a.score(),
                a.acceptedAt(),
                a.createdAt(),
                answerUrl(a.questionId(), a.id()));
    }

    private static VoteData vote(Vote v, Function<PostRef, String> urls) {
        return new VoteData(
                v.postType().name(),
                id(v.postId()),
                v.direction() > 0 ? "UP" : "DOWN",
                v.createdAt(),
                urls.apply(new PostRef(v.postType(), v.postId())));
    }

    private static ReputationLine line(ReputationEntry r, Function<PostRef, String> urls) {
        Optional<PostRef> post = r.post();
        return new ReputationLine(
                r.reason().name(),
                r.points(),
                r.createdAt(),
                post.map(p -> p.type().name()).orElse(null),
                post.map(p -> id(p.id())).orElse(null),
                post.map(urls).orElse(null));
    }

    private static SuggestionData suggestion(Suggestion s, Map<Long, String> titles) {
        return new SuggestionData(
                id(s.questionId()),
                titles.get(s.questionId()),
                s.origin().name(),
                s.notified(),
                s.createdAt(),
                questionUrl(s.questionId()));
    }

    /** The page of a question, or of an answer's question at the answer; null if it is gone. */
    private static String url(PostRef post, Map<Long, Long> questionOfAnswer) {
        if (post.type() == PostType.QUESTION) {
            return questionUrl(post.id());
        }
        Long questionId = questionOfAnswer.get(post.id());
        return questionId == null ? null : answerUrl(questionId, post.id());
    }

    private static String questionUrl(long questionId) {
        return "/questions/" + questionId;
    }

    private static String answerUrl(long questionId, long answerId) {
        return questionUrl(questionId) + "#reponse-" + answerId;
    }

    private static String id(Long id) {
        return id == null ? null : id.toString();
    }
}
