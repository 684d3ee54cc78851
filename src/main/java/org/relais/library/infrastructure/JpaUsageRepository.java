package org.relais.library.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.relais.library.domain.Contract;
import org.relais.library.domain.UsageRepository;
import org.relais.library.domain.UsageRequest;

@ApplicationScoped
public class JpaUsageRepository implements UsageRepository {
    @PersistenceContext(unitName = "relais")
    EntityManager em;

    @Override
    public void store(Object entity) {
        em.persist(entity);
        em.flush();
    }

    @Override
    public Optional<UsageRequest> findRequest(long id) {
        return Optional.ofNullable(em.find(UsageRequest.class, id));
    }

    @Override
    public List<UsageRequest> requestsToAuthor(long authorId, int limit) {
        return em.createQuery(
                        "select r from UsageRequest r, Kit k where k.id = r.kitId and k.authorId = :a"
                                + " and r.status <> :evaluated"
                                + " order by case when r.status = :pending then 0 else 1 end, r.createdAt desc",
                        UsageRequest.class)
                .setParameter("a", authorId)
                .setParameter("evaluated", UsageRequest.Status.EVALUATED)
                .setParameter("pending", UsageRequest.Status.PENDING)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<UsageRequest> requestsBy(long requesterId, int limit) {
        return em.createQuery(
                        "select r from UsageRequest r where r.requesterId = :m order by r.createdAt desc",
                        UsageRequest.class)
                .setParameter("m", requesterId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Optional<Contract> findContract(String number) {
        return em.createQuery("select c from Contract c where c.number = :n", Contract.class)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Contract> contractFor(long usageRequestId) {
        return em.createQuery(
                        "select c from Contract c where c.usageRequestId = :r order by c.id desc",
                        Contract.class)
                .setParameter("r", usageRequestId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long countRequests() {
        return em.createQuery("select count(r) from UsageRequest r", Long.class).getSingleResult();
    }

    @Override
    public long countPendingForAuthor(long authorId) {
        return em.createQuery(
                        "select count(r) from UsageRequest r, Kit k where k.id = r.kitId"
                                + " and k.authorId = :a and r.status = :pending",
                        Long.class)
                .setParameter("a", authorId)
                .setParameter("pending", UsageRequest.Status.PENDING)
                .getSingleResult();
    }

    @Override
    public long nextContractSequence() {
        return ((Number)
                        em.createNativeQuery("SELECT nextval('contract_number_seq')")
                                .getSingleResult())
                .longValue();
    }
}
