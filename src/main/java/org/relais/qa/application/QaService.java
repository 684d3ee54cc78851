package org.relais.qa.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.relais.accounts.application.AccountService;
import org.relais.accounts.application.MemberProfile;
import org.relais.directory.application.PlaceService;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.markdown.MarkdownRenderer;
import org.relais.platform.markdown.RenderedMarkdown;
import org.relais.platform.notification.Notice;
import org.relais.platform.notification.Notifications;
import org.relais.platform.notification.Subscriptions;
import org.relais.platform.notification.WatchLevel;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;
import org.relais.platform.tags.TagRegistry;
import org.relais.platform.tags.TagView;
import org.relais.qa.application.QuestionView.AnswerView;
import org.relais.qa.application.QuestionView.SuggestedExpert;
import org.relais.qa.domain.Answer;
import org.relais.qa.domain.PostType;
import org.relais.qa.domain.QaRepository;
import org.relais.qa.domain.Question;
import org.relais.qa.domain.Suggestion;
import org.relais.qa.domain.Vote;
import org.relais.qa.domain.WordSet;
import org.relais.timebank.application.HoldService;

/**
 * The Q&A use cases of asking and answering: ask, answer, invite, read, list, find similar
 * questions. Voting and accepting are {@link QaVoting}'s, editing and closing {@link
 * QaModeration}'s. Pages and the API call these services; every write records a search-outbox row.
 */
@ApplicationScoped
@Transactional
public class QaService {
    public static final String QUESTION_TYPE = "qa.question";
    public static final String ANSWER_TYPE = "qa.answer";
    public static final String TAG_SUBJECT = "tag";

    @Inject QaRepository repository;
    @Inject TagRegistry tags;
    @Inject MarkdownRenderer markdown;
    @Inject SearchOutbox outbox;
    @Inject Notifications notifications;
    @Inject Subscriptions subscriptions;
    @Inject QuestionRouting routing;
    @Inject PlaceService places;
    @Inject AccountService accounts;
    @Inject Clock clock;
    @Inject QaBounties bounties;

    public QuestionView ask(Caller caller, AskQuestion command) {
        String title = title(command.title());
        RenderedMarkdown body = body(command.body(), Question.BODY_MAX);
        List<TagView> resolved =
                tags.resolve(command.tags(), caller, Question.TAGS_MIN, Question.TAGS_MAX);
        String placeId = place(command.placeId());
        Integer bounty = QaBounties.checked(command.bountyMinutes());
        Set<String> slugs =
                resolved.stream()
                        .map(TagView::slug)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        Question question = new Question(caller.accountId(), title, body, slugs, placeId, now());
        repository.store(question);
        if (bounty != null) {
            bounties.offer(question, bounty);
        }
        outbox.changed(QUESTION_TYPE, question.id());
        routing.route(question);
        notifyFollowers(question);
        return view(question, caller, true);
    }

    public QuestionView answer(Caller caller, long questionId, String text) {
        Question question = repository.getQuestion(questionId);
        if (question.duplicateOf() != null) {
            throw new ConflictException("qa.question.closed");
        }
        Answer answer =
                new Answer(questionId, caller.accountId(), body(text, Answer.BODY_MAX), now());
        repository.store(answer);
        question.answered(now());
        outbox.changed(ANSWER_TYPE, answer.id());
        outbox.changed(QUESTION_TYPE, questionId);
        notifications.send(
                new Notice(
                        question.authorId(),
                        "qa.answer",
                        caller.accountId(),
                        question.title(),
                        "/questions/" + questionId + "#reponse-" + answer.id(),
                        excerpt(answer.bodySource())));
        return view(question, caller, true);
    }

    /** The asker invites a member by name to answer. */
    public QuestionView invite(Caller caller, long questionId, long memberId) {
        Question question = repository.getQuestion(questionId);
        if (!question.isAuthor(caller.accountId())) {
            throw new AccessDeniedException("qa.invite.not-asker");
        }
        if (memberId == caller.accountId()) {
            throw RuleViolation.of("memberId", "qa.invite.self");
        }
        accounts.findProfile(memberId)
                .orElseThrow(() -> RuleViolation.of("memberId", "qa.invite.unknown-member"));
        if (repository.findSuggestion(questionId, memberId).isEmpty()) {
            repository.store(
                    new Suggestion(
                            questionId, memberId, Suggestion.Origin.INVITED, 0, true, now()));
            notifications.send(
                    new Notice(
                            memberId,
                            "qa.invited",
                            caller.accountId(),
                            question.title(),
                            "/questions/" + questionId,
                            excerpt(question.bodySource())));
        }
        outbox.changed(QUESTION_TYPE, questionId);
        return view(question, caller, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionView get(long questionId, Caller caller) {
        return view(repository.getQuestion(questionId), caller, true);
    }

    public record QuestionPage(List<QuestionView> items, long total) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionPage list(QaRepository.Sort sort, String tag, PageRequest paging) {
        List<QuestionView> items =
                repository.questions(sort, tag, paging.offset(), paging.size()).stream()
                        .map(q -> view(q, null, false))
                        .toList();
        return new QuestionPage(items, repository.countQuestions(sort, tag));
    }

    /** Existing questions whose words overlap the draft's title, most alike first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QuestionView> similar(String title, String body) {
        var draft = WordSet.of(title + " " + (body == null ? "" : body));
        record Scored(Question q, double index) {}
        return repository.recentQuestions(500).stream()
                .map(q -> new Scored(q, draft.jaccard(WordSet.of(q.title()))))
                .filter(s -> s.index() >= 0.15)
                .sorted(Comparator.comparingDouble(Scored::index).reversed())
                .limit(5)
                .map(s -> view(s.q(), null, false))
                .toList();
    }

    private void notifyFollowers(Question question) {
        Set<Long> told = new HashSet<>();
        for (String tag : question.tags()) {
            subscriptions
                    .levels(TAG_SUBJECT, tag)
                    .forEach(
                            (member, level) -> {
                                if (level == WatchLevel.WATCHING && told.add(member)) {
                                    notifications.send(
                                            new Notice(
                                                    member,
                                                    "qa.followed-tag",
                                                    question.authorId(),
                                                    question.title(),
                                                    "/questions/" + question.id(),
                                                    excerpt(question.bodySource())));
                                }
                            });
        }
    }

    private String place(String placeId) {
        if (placeId == null || placeId.isBlank()) {
            return null;
        }
        try {
            return places.get(placeId.strip()).id();
        } catch (NotFoundException e) {
            throw RuleViolation.of("placeId", "qa.place.unknown");
        }
    }

    static String title(String raw) {
        String title = raw == null ? "" : raw.strip();
        if (title.length() < Question.TITLE_MIN || title.length() > Question.TITLE_MAX) {
            throw RuleViolation.of(
                    "title", "qa.title.length", Question.TITLE_MIN, Question.TITLE_MAX);
        }
        return title;
    }

    RenderedMarkdown body(String raw, int max) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty() || text.length() > max) {
            throw RuleViolation.of("body", "qa.body.length", max);
        }
        return markdown.render(text);
    }

    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 199) + "…";
    }

    private QuestionView view(Question q, Caller caller, boolean full) {
        Long me = caller == null ? null : caller.accountId();
        List<AnswerView> answers = List.of();
        List<SuggestedExpert> suggested = List.of();
        if (full) {
            List<Answer> list = repository.answersOf(q.id());
            Map<Long, Integer> myVotes =
                    me == null
                            ? Map.of()
                            : repository
                                    .votesOn(
                                            PostType.ANSWER, list.stream().map(Answer::id).toList())
                                    .stream()
                                    .filter(v -> v.voterId() == me)
                                    .collect(Collectors.toMap(Vote::postId, Vote::direction));
            answers =
                    list.stream()
                            .sorted(
                                    Comparator.comparing((Answer a) -> !a.accepted())
                                            .thenComparing(
                                                    Comparator.comparingInt(Answer::score)
                                                            .reversed())
                                            .thenComparing(Answer::createdAt))
                            .map(
                                    a ->
                                            new AnswerView(
                                                    a.id(),
                                                    a.authorId(),
                                                    name(a.authorId()),
                                                    a.bodySource(),
                                                    a.bodyHtml(),
                                                    a.score(),
                                                    a.accepted(),
                                                    a.createdAt(),
                                                    myVotes.getOrDefault(a.id(), 0)))
                            .toList();
            suggested =
                    repository.suggestionsOf(q.id()).stream()
                            .map(
                                    s ->
                                            new SuggestedExpert(
                                                    s.accountId(),
                                                    name(s.accountId()),
                                                    s.origin().name(),
                                                    Expertise.round(s.rankScore())))
                            .toList();
        }
        int myVote =
                me == null
                        ? 0
                        : repository
                                .findVote(PostType.QUESTION, q.id(), me)
                                .map(Vote::direction)
                                .orElse(0);
        return new QuestionView(
                q.id(),
                q.title(),
                q.bodySource(),
                q.bodyHtml(),
                q.tags().stream().sorted().toList(),
                q.authorId(),
                name(q.authorId()),
                q.placeId(),
                q.score(),
                q.answerCount(),
                q.acceptedAnswerId(),
                q.duplicateOf(),
                q.createdAt(),
                myVote,
                answers,
                suggested,
                q.bountyMinutes() == null
                        ? null
                        : new QuestionView.Bounty(
                                q.bountyMinutes(),
                                HoldService.hours(q.bountyMinutes()),
                                bounties.status(q)));
    }

    private String name(long accountId) {
        return accounts.findProfile(accountId).map(MemberProfile::displayName).orElse("—");
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
