package org.relais.qa.domain;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Questions, answers, votes, the reputation ledger and suggestions, as Q&A needs them. */
public interface QaRepository {
    /** How a list of questions is ordered (and, for unanswered, filtered). */
    enum Sort {
        NEWEST,
        UNANSWERED,
        VOTES
    }

    void store(Object entity);

    void remove(Object entity);

    void flush();

    Optional<Question> findQuestion(long id);

    Question getQuestion(long id);

    Optional<Answer> findAnswer(long id);

    /** The answers among these ids, in one query. */
    List<Answer> answersByIds(Collection<Long> ids);

    Answer getAnswer(long id);

    List<Answer> answersOf(long questionId);

    List<Question> questions(Sort sort, String tag, int offset, int limit);

    long countQuestions(Sort sort, String tag);

    List<Question> questionsByIds(Collection<Long> ids);

    /** The newest questions, to look for similar ones among them. */
    List<Question> recentQuestions(int limit);

    /** Questions with a bounty and no accepted answer, asked before the given time. */
    List<Question> unacceptedBountiesAskedBefore(java.time.OffsetDateTime before);

    Optional<Vote> findVote(PostType type, long postId, long voterId);

    List<Vote> votesOn(PostType type, Collection<Long> postIds);

    /** Every answer to a question tagged with the tag. */
    List<Answer> answersInTag(String tag);

    /** A tag and how many questions with it have at least one answer. */
    record AnsweredTag(String tag, long questions) {}

    /** The tags with the most answered questions, most first (then by tag). */
    List<AnsweredTag> mostAnsweredTags(int limit);

    List<Answer> answersBy(long authorId);

    List<Answer> acceptedAnswers(int limit);

    int reputationOf(long accountId);

    /** Capped points (upvotes) the member was granted since the given time. */
    int cappedPointsSince(long accountId, OffsetDateTime since);

    List<ReputationEntry> reputationFor(String cause);

    List<Suggestion> suggestionsOf(long questionId);

    Optional<Suggestion> findSuggestion(long questionId, long accountId);

    long notifiedSuggestionsSince(long accountId, OffsetDateTime since);

    Optional<QaMemberSetting> setting(long accountId);

    // ---- what one member wrote and did, for their data export

    /** The questions the member asked, oldest first, with their tags. */
    List<Question> questionsBy(long authorId);

    /** The votes the member cast, oldest first. */
    List<Vote> votesBy(long voterId);

    /** The member's reputation ledger, oldest line first. */
    List<ReputationEntry> reputationEntries(long accountId);

    /** The questions the member was proposed to answer (routed or invited), oldest first. */
    List<Suggestion> suggestionsFor(long accountId);

    /** The members the asker invited to answer their questions, oldest invitation first. */
    List<Suggestion> invitationsBy(long askerId);
}
