package org.relais.library.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import org.relais.library.domain.Contract;
import org.relais.library.domain.Kit;
import org.relais.library.domain.KitDeclaration;
import org.relais.library.domain.KitDraft;
import org.relais.library.domain.KitFile;
import org.relais.library.domain.KitLink;
import org.relais.library.domain.KitRating;
import org.relais.library.domain.KitReport;
import org.relais.library.domain.KitVersion;
import org.relais.library.domain.MemberLibraryRepository;
import org.relais.library.domain.UsageRequest;

@ApplicationScoped
public class JpaMemberLibraryRepository implements MemberLibraryRepository {
    /** The versions of a member's kits, as a JPQL subquery on the parameter {@code :m}. */
    private static final String VERSIONS_OF_KITS_BY =
            "(select v.id from KitVersion v, Kit k where v.kitId = k.id and k.authorId = :m)";

    @PersistenceContext(unitName = "relais")
    EntityManager em;

    @Override
    public List<Kit> kitsBy(long authorId) {
        // the tags and places of all the kits in two more queries, not two per kit
        return batched(
                        query(
                                "select e from Kit e where e.authorId = :m order by e.id",
                                Kit.class,
                                authorId),
                        "e.tags",
                        "e.places")
                .getResultList();
    }

    @Override
    public List<KitVersion> versionsOfKitsBy(long authorId) {
        return batched(
                        query(
                                "select e from KitVersion e where e.kitId in"
                                        + " (select k.id from Kit k where k.authorId = :m)"
                                        + " order by e.kitId, e.number",
                                KitVersion.class,
                                authorId),
                        "e.grants",
                        "e.sources")
                .getResultList();
    }

    @Override
    public List<KitFile> filesOfKitsBy(long authorId) {
        return list(
                "select f from KitFile f where f.versionId in "
                        + VERSIONS_OF_KITS_BY
                        + " order by f.versionId, f.fileName",
                KitFile.class,
                authorId);
    }

    @Override
    public List<KitLink> linksOfKitsBy(long authorId) {
        return list(
                "select l from KitLink l where l.versionId in "
                        + VERSIONS_OF_KITS_BY
                        + " order by l.versionId, l.id",
                KitLink.class,
                authorId);
    }

    @Override
    public List<KitDeclaration> declarationsBy(long memberId) {
        return where(KitDeclaration.class, "memberId", memberId);
    }

    @Override
    public List<KitDraft> draftsBy(long authorId) {
        return where(KitDraft.class, "authorId", authorId);
    }

    @Override
    public List<KitRating> ratingsBy(long memberId) {
        return where(KitRating.class, "memberId", memberId);
    }

    @Override
    public List<KitReport> reportsBy(long memberId) {
        return where(KitReport.class, "memberId", memberId);
    }

    @Override
    public List<KitReport> reportsReviewedBy(long moderatorId) {
        return where(KitReport.class, "reviewedBy", moderatorId);
    }

    @Override
    public List<UsageRequest> requestsBy(long requesterId) {
        return where(UsageRequest.class, "requesterId", requesterId);
    }

    @Override
    public List<Contract> contractsOfRequestsBy(long requesterId) {
        return list(
                "select c from Contract c where c.usageRequestId in"
                        + " (select r.id from UsageRequest r where r.requesterId = :m)"
                        + " order by c.id",
                Contract.class,
                requesterId);
    }

    @Override
    public List<UsageRequest> requestsDecidedBy(long authorId) {
        return where(UsageRequest.class, "decidedBy", authorId);
    }

    @Override
    public Map<Long, String> kitTitles(Collection<Long> kitIds) {
        if (kitIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery("select k.id, k.title from Kit k where k.id in :ids", Object[].class)
                .setParameter("ids", kitIds)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    /**
     * The entities whose {@code field} (an attribute of the entity, never user input) names the
     * member, oldest first.
     */
    private <T> List<T> where(Class<T> type, String field, long memberId) {
        return list(
                "select e from "
                        + type.getSimpleName()
                        + " e where e."
                        + field
                        + " = :m order by e.id",
                type,
                memberId);
    }

    private <T> List<T> list(String jpql, Class<T> type, long memberId) {
        return query(jpql, type, memberId).getResultList();
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, long memberId) {
        return em.createQuery(jpql, type).setParameter("m", memberId);
    }

    /** The element collections at these paths of all the results at once, one query each. */
    private static <T> TypedQuery<T> batched(TypedQuery<T> query, String... paths) {
        query.setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN);
        for (String path : paths) {
            query.setHint(QueryHints.BATCH, path);
        }
        return query;
    }
}
