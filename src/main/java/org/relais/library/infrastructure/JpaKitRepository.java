package org.relais.library.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.relais.library.domain.Kit;
import org.relais.library.domain.KitDeclaration;
import org.relais.library.domain.KitDraft;
import org.relais.library.domain.KitFile;
import org.relais.library.domain.KitFilter;
import org.relais.library.domain.KitLink;
import org.relais.library.domain.KitRating;
import org.relais.library.domain.KitReport;
import org.relais.library.domain.KitRepository;
import org.relais.library.domain.KitStatus;
import org.relais.library.domain.KitVersion;
import org.relais.library.domain.ReportReason;
import org.relais.library.domain.ReportStatus;
import org.relais.platform.error.NotFoundException;

@ApplicationScoped
public class JpaKitRepository implements KitRepository {
    @PersistenceContext(unitName = "relais")
    EntityManager em;

    @Override
    public void store(Object entity) {
        em.persist(entity);
        // Identity ids exist only once inserted; versions, files and the outbox need them.
        em.flush();
    }

    @Override
    public void remove(Object entity) {
        em.remove(entity);
    }

    @Override
    public Optional<Kit> findKit(long id) {
        return Optional.ofNullable(em.find(Kit.class, id));
    }

    @Override
    public Kit getKit(long id) {
        return findKit(id).orElseThrow(() -> new NotFoundException("library.kit.not-found"));
    }

    @Override
    public Optional<KitVersion> findVersion(long kitId, int number) {
        return em.createQuery(
                        "select v from KitVersion v where v.kitId = :k and v.number = :n",
                        KitVersion.class)
                .setParameter("k", kitId)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<KitVersion> findVersionById(long versionId) {
        return Optional.ofNullable(em.find(KitVersion.class, versionId));
    }

    @Override
    public List<KitVersion> versions(long kitId) {
        return em.createQuery(
                        "select v from KitVersion v where v.kitId = :k order by v.number desc",
                        KitVersion.class)
                .setParameter("k", kitId)
                .getResultList();
    }

    @Override
    public List<KitFile> files(long versionId) {
        return em.createQuery(
                        "select f from KitFile f where f.versionId = :v order by f.fileName",
                        KitFile.class)
                .setParameter("v", versionId)
                .getResultList();
    }

    @Override
    public Optional<KitFile> findFile(long fileId) {
        return Optional.ofNullable(em.find(KitFile.class, fileId));
    }

    @Override
    public List<KitLink> links(long versionId) {
        return em.createQuery(
                        "select l from KitLink l where l.versionId = :v order by l.id",
                        KitLink.class)
                .setParameter("v", versionId)
                .getResultList();
    }

    @Override
    public Optional<KitDeclaration> declaration(long versionId) {
        return em.createQuery(
                        "select d from KitDeclaration d where d.versionId = :v",
                        KitDeclaration.class)
                .setParameter("v", versionId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Kit> kits(KitFilter filter, int offset, int limit) {
        return filtered(
                        "select k from Kit k",
                        filter,
                        " order by k.createdAt desc, k.id desc",
                        Kit.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countKits(KitFilter filter) {
        return filtered("select count(k) from Kit k", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(
            String select, KitFilter filter, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where k.status = :status");
        if (filter.tag() != null) {
            jpql.append(" and :tag member of k.tags");
        }
        if (filter.licenceId() != null) {
            jpql.append(" and k.licenceId = :licence");
        }
        if (filter.family() != null) {
            jpql.append(" and k.fileTypes like :family");
        }
        TypedQuery<T> query =
                em.createQuery(jpql + order, type).setParameter("status", KitStatus.PUBLISHED);
        if (filter.tag() != null) {
            query.setParameter("tag", filter.tag());
        }
        if (filter.licenceId() != null) {
            query.setParameter("licence", filter.licenceId());
        }
        if (filter.family() != null) {
            query.setParameter("family", "% " + filter.family().slug() + " %");
        }
        return query;
    }

    @Override
    public Optional<KitRating> findRating(long kitId, long memberId) {
        return em.createQuery(
                        "select r from KitRating r where r.kitId = :k and r.memberId = :m",
                        KitRating.class)
                .setParameter("k", kitId)
                .setParameter("m", memberId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<KitReport> findReport(long id) {
        return Optional.ofNullable(em.find(KitReport.class, id));
    }

    @Override
    public List<KitReport> reports(ReportStatus status, int offset, int limit) {
        // Open reports wait oldest first; reviewed ones are looked up newest first.
        String order = status == ReportStatus.OPEN ? " asc" : " desc";
        return withStatus(
                        em.createQuery(
                                "select r from KitReport r"
                                        + (status == null ? "" : " where r.status = :s")
                                        + " order by r.createdAt"
                                        + order
                                        + ", r.id"
                                        + order,
                                KitReport.class),
                        status)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countReports(ReportStatus status) {
        return withStatus(
                        em.createQuery(
                                "select count(r) from KitReport r"
                                        + (status == null ? "" : " where r.status = :s"),
                                Long.class),
                        status)
                .getSingleResult();
    }

    /** A null status means every report: no parameter (PostgreSQL cannot type a bare null). */
    private static <T> jakarta.persistence.TypedQuery<T> withStatus(
            jakarta.persistence.TypedQuery<T> query, ReportStatus status) {
        return status == null ? query : query.setParameter("s", status);
    }

    @Override
    public Optional<KitDraft> findDraft(long id) {
        return Optional.ofNullable(em.find(KitDraft.class, id));
    }

    @Override
    public List<KitDraft> draftsSavedBefore(java.time.OffsetDateTime instant, int limit) {
        return em.createQuery(
                        "select d from KitDraft d where d.updatedAt < :before order by d.updatedAt",
                        KitDraft.class)
                .setParameter("before", instant)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean fileInUse(String sha256) {
        boolean inVersion =
                !em.createQuery("select f.id from KitFile f where f.sha256 = :sha", Long.class)
                        .setParameter("sha", sha256)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
        // A draft's state is JSON naming its files by SHA-256 (64 hex digits: no LIKE wildcards).
        return inVersion
                || !em.createQuery(
                                "select d.id from KitDraft d where d.state like :sha", Long.class)
                        .setParameter("sha", "%" + sha256 + "%")
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
    }

    @Override
    public boolean hasOpenReport(long kitId, ReportReason reason) {
        return !em.createQuery(
                        "select r.id from KitReport r where r.kitId = :k and r.reason = :reason"
                                + " and r.status = :s",
                        Long.class)
                .setParameter("k", kitId)
                .setParameter("reason", reason)
                .setParameter("s", ReportStatus.OPEN)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Reads the accounts' role table directly: accounts offers no query by role. */
    @Override
    public List<Long> moderatorIds() {
        List<?> rows =
                em.createNativeQuery(
                                "select distinct r.account_id from account_role r join account a"
                                        + " on a.id = r.account_id where r.role in ('moderator',"
                                        + " 'admin') and a.status = 'ACTIVE' order by r.account_id")
                        .getResultList();
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }

    @Override
    public List<KitFile> filesAwaitingExtraction(int limit) {
        return em.createQuery(
                        "select f from KitFile f where f.extractedAt is null order by f.id",
                        KitFile.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
