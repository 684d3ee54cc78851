package org.relais.accounts.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.accounts.domain.Account;
import org.relais.accounts.domain.AccountRepository;
import org.relais.accounts.domain.AccountStatus;
import org.relais.accounts.domain.ApiToken;
import org.relais.accounts.domain.EmailToken;
import org.relais.accounts.domain.TokenPurpose;
import org.relais.platform.error.NotFoundException;

/** Accounts in the relational database, through JPA. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {
    @PersistenceContext(unitName = "relais")
    EntityManager em;

    @Inject ActiveTokenHolders tokenHolders;

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<TokenHolder> activeTokenHolder(String tokenHash) {
        return tokenHolders.find(tokenHash);
    }

    @Override
    public boolean isActive(long id) {
        return !em.createQuery(
                        "select a.id from Account a where a.id = :id and a.status = :status",
                        Long.class)
                .setParameter("id", id)
                .setParameter("status", AccountStatus.ACTIVE)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public Account get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("account.not-found"));
    }

    @Override
    public Optional<Account> findByEmail(String normalizedEmail) {
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", normalizedEmail)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(Account account) {
        if (account.id() == null) {
            em.persist(account);
            em.flush();
        }
    }

    @Override
    public List<Account> newestActive(int offset, int limit) {
        return em.createQuery(
                        "select a from Account a where a.status = :status order by a.createdAt desc, a.id desc",
                        Account.class)
                .setParameter("status", AccountStatus.ACTIVE)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countActive() {
        return em.createQuery("select count(a) from Account a where a.status = :status", Long.class)
                .setParameter("status", AccountStatus.ACTIVE)
                .getSingleResult();
    }

    @Override
    public long countAll() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    @Override
    public boolean anyWithRole(String role) {
        return !em.createQuery(
                        "select a.id from Account a join a.roles r where r = :role", Long.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<Long> activeWithRole(String role) {
        return em.createQuery(
                        "select a.id from Account a join a.roles r where r = :role"
                                + " and a.status = :status order by a.id",
                        Long.class)
                .setParameter("role", role)
                .setParameter("status", AccountStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public void store(EmailToken token) {
        em.persist(token);
    }

    @Override
    public Optional<EmailToken> findEmailToken(String tokenHash) {
        return em.createQuery(
                        "select t from EmailToken t where t.tokenHash = :hash", EmailToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void retireEmailTokens(long accountId, TokenPurpose purpose, OffsetDateTime now) {
        em.createQuery(
                        "update EmailToken t set t.usedAt = :now where t.accountId = :account"
                                + " and t.purpose = :purpose and t.usedAt is null")
                .setParameter("now", now)
                .setParameter("account", accountId)
                .setParameter("purpose", purpose)
                .executeUpdate();
    }

    @Override
    public void store(ApiToken token) {
        if (token.id() == null) {
            em.persist(token);
            em.flush();
        }
    }

    @Override
    public Optional<ApiToken> findApiToken(long accountId, long tokenId) {
        return Optional.ofNullable(em.find(ApiToken.class, tokenId))
                .filter(token -> token.accountId() == accountId);
    }

    @Override
    public List<ApiToken> apiTokens(long accountId) {
        return em.createQuery(
                        "select t from ApiToken t where t.accountId = :account order by t.createdAt desc, t.id desc",
                        ApiToken.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    @Override
    public void revokeApiTokens(long accountId, OffsetDateTime now) {
        em.createQuery(
                        "update ApiToken t set t.revokedAt = :now where t.accountId = :account and t.revokedAt is null")
                .setParameter("now", now)
                .setParameter("account", accountId)
                .executeUpdate();
    }

    @Override
    public Map<Long, String> displayNames(Collection<Long> ids) {
        return names(ids, "select a.id, a.displayName from Account a where a.id in :ids", null);
    }

    @Override
    public Map<Long, String> activeDisplayNames(Collection<Long> ids) {
        return names(
                ids,
                "select a.id, a.displayName from Account a where a.id in :ids"
                        + " and a.status = :status",
                AccountStatus.ACTIVE);
    }

    private Map<Long, String> names(Collection<Long> ids, String jpql, AccountStatus status) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("ids", ids);
        if (status != null) {
            query.setParameter("status", status);
        }
        query.getResultList().forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    @Override
    public Map<Long, String> activeByLowerDisplayName(Collection<String> lowerNames) {
        Map<Long, String> names = new HashMap<>();
        if (lowerNames.isEmpty()) {
            return names;
        }
        em.createQuery(
                        "select a.id, a.displayName from Account a where a.status = :status"
                                + " and lower(a.displayName) in :names",
                        Object[].class)
                .setParameter("status", AccountStatus.ACTIVE)
                .setParameter("names", lowerNames)
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    @Override
    public Map<Long, String> activeByDisplayNameWords(List<String> lowerWords, int limit) {
        StringBuilder jpql =
                new StringBuilder(
                        "select a.id, a.displayName from Account a where a.status = :status");
        for (int i = 0; i < lowerWords.size(); i++) {
            jpql.append(" and lower(a.displayName) like :w").append(i).append(" escape '!'");
        }
        var query =
                em.createQuery(jpql.append(" order by a.displayName").toString(), Object[].class)
                        .setParameter("status", AccountStatus.ACTIVE)
                        .setMaxResults(limit);
        for (int i = 0; i < lowerWords.size(); i++) {
            String word =
                    lowerWords.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            query.setParameter("w" + i, "%" + word + "%");
        }
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        query.getResultList().forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }
}
