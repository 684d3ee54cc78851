package org.relais.qa.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.persistence.EntitiesByIds;
import org.relais.qa.domain.Answer;
import org.relais.qa.domain.PostType;
import org.relais.qa.domain.QaMemberSetting;
import org.relais.qa.domain.QaRepository;
import org.relais.qa.domain.Question;
import org.relais.qa.domain.ReputationEntry;
import org.relais.qa.domain.ReputationReason;
import org.relais.qa.domain.Suggestion;
import org.relais.qa.domain.Vote;

@ApplicationScoped
public class JpaQaRepository implements QaRepository {
    @PersistenceContext(unitName = "relais")
    EntityManager em;

    @Override
    public void store(Object entity) {
        em.persist(entity);
        // Identity ids exist only once inserted; callers record the id in the search outbox.
        em.flush();
    }

    @Override
    public void remove(Object entity) {
        em.remove(entity);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Question> findQuestion(long id) {
        return Optional.ofNullable(em.find(Question.class, id));
    }

    @Override
    public Question getQuestion(long id) {
        return findQuestion(id).orElseThrow(() -> new NotFoundException("qa.question.not-found"));
    }

    @Override
    public Optional<Answer> findAnswer(long id) {
        return Optional.ofNullable(em.find(Answer.class, id));
    }

    @Override
    public List<Answer> answersByIds(Collection<Long> ids) {
        return EntitiesByIds.find(em, Answer.class, ids);
    }

    @Override
    public Answer getAnswer(long id) {
        return findAnswer(id).orElseThrow(() -> new NotFoundException("qa.answer.not-found"));
    }

    @Override
    public List<Answer> answersOf(long questionId) {
        return em.createQuery(
                        "select a from Answer a where a.questionId = :q order by a.createdAt, a.id",
                        Answer.class)
                .setParameter("q", questionId)
                .getResultList();
    }

    @Override
    public List<Question> questions(Sort sort, String tag, int offset, int limit) {
        String order =
                switch (sort) {
                    case VOTES -> " order by q.score desc, q.createdAt desc, q.id desc";
                    default -> " order by q.createdAt desc, q.id desc";
                };
        return filtered("select q from Question q", sort, tag, order, Question.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countQuestions(Sort sort, String tag) {
        return filtered("select count(q) from Question q", sort, tag, "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> filtered(
            String select, Sort sort, String tag, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" where q.duplicateOf is null");
        if (sort == Sort.UNANSWERED) {
            where.append(" and q.answerCount = 0");
        }
        if (tag != null) {
            where.append(" and :tag member of q.tags");
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (tag != null) {
            query.setParameter("tag", tag);
        }
        return query;
    }

    @Override
    public List<Question> questionsByIds(Collection<Long> ids) {
        // the tags of all the questions in one more query, not one per question
        return EntitiesByIds.find(
                em,
                Question.class,
                ids,
                Map.of(QueryHints.BATCH, "e.tags", QueryHints.BATCH_TYPE, BatchFetchType.IN));
    }

    @Override
    public List<Question> unacceptedBountiesAskedBefore(java.time.OffsetDateTime before) {
        return em.createQuery(
                        "select q from Question q where q.bountyHoldId is not null"
                                + " and q.acceptedAnswerId is null and q.createdAt < :before"
                                + " order by q.id",
                        Question.class)
                .setParameter("before", before)
                .getResultList();
    }

    @Override
    public List<Question> recentQuestions(int limit) {
        return em.createQuery(
                        "select q from Question q order by q.createdAt desc, q.id desc",
                        Question.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<Vote> findVote(PostType type, long postId, long voterId) {
        return em
                .createQuery(
                        "select v from Vote v where v.postType = :t and v.postId = :p"
                                + " and v.voterId = :v",
                        Vote.class)
                .setParameter("t", type)
                .setParameter("p", postId)
                .setParameter("v", voterId)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<Vote> votesOn(PostType type, Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select v from Vote v where v.postType = :t and v.postId in :ids",
                        Vote.class)
                .setParameter("t", type)
                .setParameter("ids", postIds)
                .getResultList();
    }

    @Override
    public List<Answer> answersInTag(String tag) {
        return em.createQuery(
                        "select a from Answer a, Question q where a.questionId = q.id"
                                + " and :tag member of q.tags",
                        Answer.class)
                .setParameter("tag", tag)
                .getResultList();
    }

    @Override
    public List<AnsweredTag> mostAnsweredTags(int limit) {
        return em
                .createQuery(
                        "select t, count(q) from Question q join q.tags t where q.answerCount > 0"
                                + " group by t order by count(q) desc, t",
                        Object[].class)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> new AnsweredTag((String) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    @Override
    public List<Answer> answersBy(long authorId) {
        return em.createQuery("select a from Answer a where a.authorId = :a", Answer.class)
                .setParameter("a", authorId)
                .getResultList();
    }

    @Override
    public List<Answer> acceptedAnswers(int limit) {
        return em.createQuery(
                        "select a from Answer a where a.acceptedAt is not null"
                                + " order by a.acceptedAt desc",
                        Answer.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public int reputationOf(long accountId) {
        Long sum =
                em.createQuery(
                                "select sum(r.points) from ReputationEntry r"
                                        + " where r.accountId = :a",
                                Long.class)
                        .setParameter("a", accountId)
                        .getSingleResult();
        return sum == null ? 0 : sum.intValue();
    }

    @Override
    public int cappedPointsSince(long accountId, OffsetDateTime since) {
        Long sum =
                em.createQuery(
                                "select sum(r.points) from ReputationEntry r"
                                        + " where r.accountId = :a and r.reason = :reason"
                                        + " and r.createdAt >= :since",
                                Long.class)
                        .setParameter("a", accountId)
                        .setParameter("reason", ReputationReason.UPVOTED)
                        .setParameter("since", since)
                        .getSingleResult();
        return sum == null ? 0 : sum.intValue();
    }

    @Override
    public List<ReputationEntry> reputationFor(String cause) {
        return em.createQuery(
                        "select r from ReputationEntry r where r.cause = :c", ReputationEntry.class)
                .setParameter("c", cause)
                .getResultList();
    }

    @Override
    public List<Suggestion> suggestionsOf(long questionId) {
        return em.createQuery(
                        "select s from Suggestion s where s.questionId = :q"
                                + " order by s.rankScore desc, s.accountId",
                        Suggestion.class)
                .setParameter("q", questionId)
                .getResultList();
    }

    @Override
    public Optional<Suggestion> findSuggestion(long questionId, long accountId) {
        return em
                .createQuery(
                        "select s from Suggestion s where s.questionId = :q and s.accountId = :a",
                        Suggestion.class)
                .setParameter("q", questionId)
                .setParameter("a", accountId)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public long notifiedSuggestionsSince(long accountId, OffsetDateTime since) {
        return em.createQuery(
                        "select count(s) from Suggestion s where s.accountId = :a"
                                + " and s.notified = true and s.origin = :o"
                                + " and s.createdAt >= :since",
                        Long.class)
                .setParameter("a", accountId)
                .setParameter("o", Suggestion.Origin.ROUTED)
                .setParameter("since", since)
                .getSingleResult();
    }

    @Override
    public Optional<QaMemberSetting> setting(long accountId) {
        return Optional.ofNullable(em.find(QaMemberSetting.class, accountId));
    }

    @Override
    public List<Question> questionsBy(long authorId) {
        return em.createQuery(
                        "select q from Question q where q.authorId = :a order by q.id",
                        Question.class)
                .setParameter("a", authorId)
                .setHint(QueryHints.BATCH, "q.tags")
                .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .getResultList();
    }

    @Override
    public List<Vote> votesBy(long voterId) {
        return em.createQuery("select v from Vote v where v.voterId = :v order by v.id", Vote.class)
                .setParameter("v", voterId)
                .getResultList();
    }

    @Override
    public List<ReputationEntry> reputationEntries(long accountId) {
        return em.createQuery(
                        "select r from ReputationEntry r where r.accountId = :a order by r.id",
                        ReputationEntry.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    @Override
    public List<Suggestion> suggestionsFor(long accountId) {
        return em.createQuery(
                        "select s from Suggestion s where s.accountId = :a order by s.id",
                        Suggestion.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    @Override
    public List<Suggestion> invitationsBy(long askerId) {
        return em.createQuery(
                        "select s from Suggestion s, Question q where q.id = s.questionId"
                                + " and q.authorId = :a and s.origin = :o order by s.id",
                        Suggestion.class)
                .setParameter("a", askerId)
                .setParameter("o", Suggestion.Origin.INVITED)
                .getResultList();
    }
}
