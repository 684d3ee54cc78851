package org.relais.betatest.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import org.relais.betatest.domain.Application;
import org.relais.betatest.domain.BetaCall;
import org.relais.betatest.domain.BetaTestRepository;
import org.relais.betatest.domain.CallFilter;
import org.relais.betatest.domain.Report;
import org.relais.betatest.domain.Screenshot;

@ApplicationScoped
public class JpaBetaTestRepository implements BetaTestRepository {
    @PersistenceContext(unitName = "relais")
    EntityManager em;

    @Override
    public void store(Object entity) {
        em.persist(entity);
        em.flush();
    }

    @Override
    public Optional<BetaCall> findCall(long id) {
        return Optional.ofNullable(em.find(BetaCall.class, id));
    }

    @Override
    public List<BetaCall> openCalls(Instant now, CallFilter filter, int offset, int limit) {
        return open(
                        "SELECT DISTINCT c FROM BetaCall c WHERE ",
                        " ORDER BY c.applicationDeadline, c.id",
                        now,
                        filter,
                        BetaCall.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOpenCalls(Instant now, CallFilter filter) {
        return open("SELECT COUNT(DISTINCT c) FROM BetaCall c WHERE ", "", now, filter, Long.class)
                .getSingleResult();
    }

    /**
     * The open calls' query (DISTINCT: EclipseLink joins the tags for MEMBER OF) with only the
     * conditions the filter asks (no "IS NULL" parameters, whose type PostgreSQL cannot guess).
     * Code lists are compared with commas around them so that region 1 never matches 11; an empty
     * list asks nothing and matches every filter.
     */
    private <T> TypedQuery<T> open(
            String select, String order, Instant now, CallFilter filter, Class<T> type) {
        StringBuilder where =
                new StringBuilder("c.closedAt IS NULL AND c.applicationDeadline > :now");
        if (filter.tag() != null) {
            where.append(" AND :tag MEMBER OF c.tags");
        }
        codes(where, "audiences", "audience", filter.audience() != null);
        codes(where, "devices", "device", filter.device() != null);
        codes(where, "regions", "region", filter.region() != null);
        TypedQuery<T> query =
                em.createQuery(select + where + order, type).setParameter("now", at(now));
        if (filter.tag() != null) {
            query.setParameter("tag", filter.tag());
        }
        if (filter.audience() != null) {
            query.setParameter("audience", "%," + filter.audience().code() + ",%");
        }
        if (filter.device() != null) {
            query.setParameter("device", "%," + filter.device().code() + ",%");
        }
        if (filter.region() != null) {
            query.setParameter("region", "%," + filter.region() + ",%");
        }
        return query;
    }

    private static void codes(StringBuilder where, String column, String parameter, boolean asked) {
        if (asked) {
            where.append(" AND (c.")
                    .append(column)
                    .append(" = '' OR CONCAT(CONCAT(',', c.")
                    .append(column)
                    .append("), ',') LIKE :")
                    .append(parameter)
                    .append(')');
        }
    }

    @Override
    public List<BetaCall> pastCalls(Instant now, int offset, int limit) {
        return em.createQuery(
                        "SELECT c FROM BetaCall c WHERE c.closedAt IS NOT NULL OR c.testEnd <= :now"
                                + " ORDER BY c.testEnd DESC, c.id DESC",
                        BetaCall.class)
                .setParameter("now", at(now))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countPastCalls(Instant now) {
        return em.createQuery(
                        "SELECT COUNT(c) FROM BetaCall c WHERE c.closedAt IS NOT NULL"
                                + " OR c.testEnd <= :now",
                        Long.class)
                .setParameter("now", at(now))
                .getSingleResult();
    }

    @Override
    public List<Application> applications(long callId) {
        return em.createQuery(
                        "SELECT a FROM Application a WHERE a.callId = :call ORDER BY a.appliedAt,"
                                + " a.id",
                        Application.class)
                .setParameter("call", callId)
                .getResultList();
    }

    @Override
    public Optional<Application> findApplication(long id) {
        return Optional.ofNullable(em.find(Application.class, id));
    }

    @Override
    public Optional<Application> findApplication(long callId, long testerId) {
        return first(
                em.createQuery(
                                "SELECT a FROM Application a WHERE a.callId = :call"
                                        + " AND a.testerId = :tester",
                                Application.class)
                        .setParameter("call", callId)
                        .setParameter("tester", testerId));
    }

    @Override
    public boolean missedAReportBefore(long testerId, long exceptCallId) {
        return em.createQuery(
                                "SELECT COUNT(a) FROM Application a WHERE a.testerId = :tester"
                                        + " AND a.callId <> :call AND a.missedReport = TRUE",
                                Long.class)
                        .setParameter("tester", testerId)
                        .setParameter("call", exceptCallId)
                        .getSingleResult()
                > 0;
    }

    @Override
    public Optional<Report> findReport(long id) {
        return Optional.ofNullable(em.find(Report.class, id));
    }

    @Override
    public Optional<Report> findReportOf(long applicationId) {
        return first(
                em.createQuery(
                                "SELECT r FROM Report r WHERE r.applicationId = :application",
                                Report.class)
                        .setParameter("application", applicationId));
    }

    @Override
    public List<Report> reports(long callId) {
        return em.createQuery(
                        "SELECT r FROM Report r, Application a WHERE r.applicationId = a.id"
                                + " AND a.callId = :call ORDER BY r.submittedAt, r.id",
                        Report.class)
                .setParameter("call", callId)
                .getResultList();
    }

    @Override
    public List<Long> freeRewardHolds(long callId) {
        List<?> ids =
                em.createNativeQuery(
                                "SELECT r.hold_id FROM beta_reward_hold r JOIN timebank_hold h"
                                        + " ON h.id = r.hold_id WHERE r.call_id = ?"
                                        + " AND r.report_id IS NULL AND h.status = 'OPEN'"
                                        + " ORDER BY r.hold_id")
                        .setParameter(1, callId)
                        .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public void recordRewardHold(long callId, long holdId) {
        em.createNativeQuery("INSERT INTO beta_reward_hold (hold_id, call_id) VALUES (?, ?)")
                .setParameter(1, holdId)
                .setParameter(2, callId)
                .executeUpdate();
    }

    @Override
    public void useRewardHold(long holdId, long reportId) {
        em.createNativeQuery("UPDATE beta_reward_hold SET report_id = ? WHERE hold_id = ?")
                .setParameter(1, reportId)
                .setParameter(2, holdId)
                .executeUpdate();
    }

    @Override
    public List<BetaCall> endedNotClosed(Instant now) {
        return em.createQuery(
                        "SELECT c FROM BetaCall c WHERE c.closedAt IS NULL AND c.testEnd <= :now",
                        BetaCall.class)
                .setParameter("now", at(now))
                .getResultList();
    }

    @Override
    public List<BetaCall> startedWaitingUntold(Instant now) {
        return em.createQuery(
                        "SELECT c FROM BetaCall c WHERE c.closedAt IS NULL AND c.waitingToldAt"
                                + " IS NULL AND c.testStart <= :now",
                        BetaCall.class)
                .setParameter("now", at(now))
                .getResultList();
    }

    @Override
    public List<BetaCall> remindersDue(Instant now) {
        // the reminder is due three days before the end; the service checks the exact moment
        return em.createQuery(
                        "SELECT c FROM BetaCall c WHERE c.closedAt IS NULL AND c.reminderSentAt"
                                + " IS NULL AND c.testStart <= :now AND c.testEnd > :now",
                        BetaCall.class)
                .setParameter("now", at(now))
                .getResultList();
    }

    @Override
    public List<Screenshot> screenshots(long reportId) {
        return em.createQuery(
                        "SELECT s FROM Screenshot s WHERE s.reportId = :report ORDER BY s.id",
                        Screenshot.class)
                .setParameter("report", reportId)
                .getResultList();
    }

    @Override
    public Optional<Screenshot> findScreenshot(long id) {
        return Optional.ofNullable(em.find(Screenshot.class, id));
    }

    @Override
    public void remove(Screenshot screenshot) {
        em.remove(screenshot);
    }

    @Override
    public List<BetaCall> callsHeldBy(long holderId) {
        return callsWithScenariosAndTags("c.holderId = :member", holderId);
    }

    @Override
    public List<BetaCall> callsAppliedToBy(long testerId) {
        return callsWithScenariosAndTags(
                "c.id IN (SELECT a.callId FROM Application a WHERE a.testerId = :member)",
                testerId);
    }

    /** The calls that meet the condition, their scenarios and tags in two more queries in all. */
    private List<BetaCall> callsWithScenariosAndTags(String condition, long memberId) {
        return em.createQuery(
                        "SELECT c FROM BetaCall c WHERE " + condition + " ORDER BY c.id",
                        BetaCall.class)
                .setParameter("member", memberId)
                .setHint(QueryHints.BATCH, "c.scenarios")
                .setHint(QueryHints.BATCH, "c.tags")
                .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .getResultList();
    }

    @Override
    public List<Application> applicationsOf(long testerId) {
        return em.createQuery(
                        "SELECT a FROM Application a WHERE a.testerId = :tester ORDER BY a.id",
                        Application.class)
                .setParameter("tester", testerId)
                .getResultList();
    }

    @Override
    public List<Report> reportsBy(long testerId) {
        return em.createQuery(
                        "SELECT r FROM Report r, Application a WHERE r.applicationId = a.id"
                                + " AND a.testerId = :tester ORDER BY r.id",
                        Report.class)
                .setParameter("tester", testerId)
                .setHint(QueryHints.BATCH, "r.scenarios")
                .setHint(QueryHints.BATCH, "r.problems")
                .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .getResultList();
    }

    @Override
    public List<Screenshot> screenshotsBy(long testerId) {
        return em.createQuery(
                        "SELECT s FROM Screenshot s, Report r, Application a"
                                + " WHERE s.reportId = r.id AND r.applicationId = a.id"
                                + " AND a.testerId = :tester ORDER BY s.id",
                        Screenshot.class)
                .setParameter("tester", testerId)
                .getResultList();
    }

    @Override
    public List<HolderNote> notesBy(long holderId) {
        return em.createQuery(
                        "SELECT c.id, r.id, r.holderNote FROM Report r, Application a, BetaCall c"
                                + " WHERE r.applicationId = a.id AND a.callId = c.id"
                                + " AND c.holderId = :holder AND r.holderNote IS NOT NULL"
                                + " ORDER BY r.id",
                        Object[].class)
                .setParameter("holder", holderId)
                .getResultStream()
                .map(
                        row ->
                                new HolderNote(
                                        ((Number) row[0]).longValue(),
                                        ((Number) row[1]).longValue(),
                                        (String) row[2]))
                .toList();
    }

    private static <T> Optional<T> first(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultList().stream().findFirst();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
