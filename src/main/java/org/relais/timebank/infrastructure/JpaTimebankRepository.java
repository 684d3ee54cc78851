package org.relais.timebank.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.persistence.EntitiesByIds;
import org.relais.timebank.domain.AccountBounds;
import org.relais.timebank.domain.AccountKind;
import org.relais.timebank.domain.Entry;
import org.relais.timebank.domain.Hold;
import org.relais.timebank.domain.LedgerAccount;
import org.relais.timebank.domain.LedgerAudit.AuditedAccount;
import org.relais.timebank.domain.Offer;
import org.relais.timebank.domain.PaymentRequest;
import org.relais.timebank.domain.Posting;
import org.relais.timebank.domain.TimebankRepository;
import org.relais.timebank.domain.Transfer;
import org.relais.timebank.domain.TransferKind;

@ApplicationScoped
public class JpaTimebankRepository implements TimebankRepository {
    @PersistenceContext(unitName = "relais")
    EntityManager em;

    @Inject LedgerStatements statements;

    private volatile Long poolAccountId;

    @Override
    public void store(Object entity) {
        em.persist(entity);
        em.flush();
    }

    /** Inserted by plain JDBC ({@link LedgerStatements}), as the transfer's other statements. */
    @Override
    public boolean storeTransfer(Transfer transfer) {
        return statements.insertTransfer(transfer);
    }

    @Override
    public void storeEntries(long transferId, List<Posting> postings) {
        statements.insertEntries(transferId, postings);
    }

    /**
     * The accounts this transaction had read through the persistence context are then detached:
     * their balances are no longer the rows', and a later read in the same transaction must go to
     * the database.
     */
    @Override
    public int addToBalances(List<BalanceChange> changes, OffsetDateTime activity) {
        int updated = statements.addToBalances(changes, activity);
        for (BalanceChange change : changes) {
            if (change.locked() != null && em.contains(change.locked())) {
                em.detach(change.locked());
            }
        }
        return updated;
    }

    @Override
    public List<LockedAccount> lockMembers(long firstMember, long secondMember, boolean withPool) {
        return statements.lockMembers(firstMember, secondMember, withPool ? poolAccountId() : null);
    }

    /**
     * Two first transfers to the same member may race to create the account: {@code ON CONFLICT DO
     * NOTHING} lets the second wait for the first and then find its row, instead of failing.
     */
    @Override
    public long memberAccountId(long memberId, OffsetDateTime now) {
        Optional<LedgerAccount> existing = findMemberAccount(memberId);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        em.createNativeQuery(
                        "INSERT INTO timebank_account (member_id, kind, balance_minutes,"
                                + " floor_minutes, ceiling_minutes, last_activity, pseudonymous,"
                                + " version) VALUES (?, 'MEMBER', 0, ?, ?, ?, FALSE, 0)"
                                + " ON CONFLICT DO NOTHING")
                .setParameter(1, memberId)
                .setParameter(2, AccountBounds.DEFAULT_FLOOR)
                .setParameter(3, AccountBounds.DEFAULT_CEILING)
                .setParameter(4, now)
                .executeUpdate();
        return findMemberAccount(memberId).orElseThrow().id();
    }

    /** Both accounts in one query when they exist, as they do for all but a member's first. */
    @Override
    public long[] memberAccountIds(long first, long second, OffsetDateTime now) {
        Long firstAccount = null;
        Long secondAccount = null;
        for (Object[] row :
                em.createQuery(
                                "select a.memberId, a.id from LedgerAccount a"
                                        + " where a.memberId in (:first, :second)",
                                Object[].class)
                        .setParameter("first", first)
                        .setParameter("second", second)
                        .getResultList()) {
            long member = number(row[0]);
            if (member == first) {
                firstAccount = number(row[1]);
            }
            if (member == second) {
                secondAccount = number(row[1]);
            }
        }
        // Missing accounts are created in ascending member order: two first payments between the
        // same members in opposite directions would otherwise each wait for the other's new row.
        if (firstAccount == null && secondAccount == null && second < first) {
            secondAccount = memberAccountId(second, now);
        }
        return new long[] {
            firstAccount != null ? firstAccount : memberAccountId(first, now),
            secondAccount != null ? secondAccount : memberAccountId(second, now)
        };
    }

    @Override
    public Optional<LedgerAccount> findMemberAccount(long memberId) {
        return em.createQuery(
                        "select a from LedgerAccount a where a.memberId = :m", LedgerAccount.class)
                .setParameter("m", memberId)
                .getResultStream()
                .findFirst();
    }

    /** The pool is created by the migrations and never changes: read once. */
    @Override
    public long poolAccountId() {
        Long id = poolAccountId;
        if (id == null) {
            id =
                    em.createQuery(
                                    "select a.id from LedgerAccount a where a.kind = :k order by"
                                            + " a.id",
                                    Long.class)
                            .setParameter("k", AccountKind.POOL)
                            .setMaxResults(1)
                            .getSingleResult();
            poolAccountId = id;
        }
        return id;
    }

    /**
     * One {@code SELECT … WHERE id IN (…) ORDER BY id FOR UPDATE}: both databases lock the rows in
     * the order they return them, ascending. The refresh hint makes the accounts already in the
     * persistence context take the values read under the lock, not those of an earlier read.
     */
    @Override
    public List<LedgerAccount> lock(List<Long> accountIds) {
        // One parameter per id rather than a list parameter, which EclipseLink would translate
        // to SQL again on every call: a payment's two accounts always reuse the same statement.
        StringJoiner ids = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < accountIds.size(); i++) {
            ids.add(":id" + i);
        }
        TypedQuery<LedgerAccount> query =
                em.createQuery(
                        "select a from LedgerAccount a where a.id in " + ids + " order by a.id",
                        LedgerAccount.class);
        for (int i = 0; i < accountIds.size(); i++) {
            query.setParameter("id" + i, accountIds.get(i));
        }
        List<LedgerAccount> accounts =
                query.setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .setHint(QueryHints.REFRESH, HintValues.TRUE)
                        .getResultList();
        if (accounts.size() != accountIds.size()) {
            throw new NotFoundException("timebank.account.not-found");
        }
        return accounts;
    }

    @Override
    public LedgerAccount getAccount(long accountId) {
        LedgerAccount account = em.find(LedgerAccount.class, accountId);
        if (account == null) {
            throw new NotFoundException("timebank.account.not-found");
        }
        return account;
    }

    @Override
    public Optional<Transfer> findByKey(long payerMemberId, String key) {
        return em.createQuery(
                        "select t from Transfer t where t.payerMemberId = :p and t.idempotencyKey"
                                + " = :k",
                        Transfer.class)
                .setParameter("p", payerMemberId)
                .setParameter("k", key)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Transfer getTransfer(long id) {
        Transfer transfer = em.find(Transfer.class, id);
        if (transfer == null) {
            throw new NotFoundException("timebank.transfer.not-found");
        }
        return transfer;
    }

    @Override
    public Optional<Transfer> findReversalOf(long transferId) {
        return em.createQuery("select t from Transfer t where t.reversalOf = :id", Transfer.class)
                .setParameter("id", transferId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Entry> entriesOf(long transferId) {
        return em.createQuery(
                        "select e from Entry e where e.transferId = :t order by e.id", Entry.class)
                .setParameter("t", transferId)
                .getResultList();
    }

    @Override
    public Optional<PaymentRequest> findPaymentRequest(long id) {
        return Optional.ofNullable(em.find(PaymentRequest.class, id));
    }

    @Override
    public List<PaymentRequest> paymentRequestsOf(long memberId, int limit) {
        return em.createQuery(
                        "select r from PaymentRequest r where r.payerId = :m or r.issuerId = :m"
                                + " order by case when r.status = :pending then 0 else 1 end,"
                                + " r.id desc",
                        PaymentRequest.class)
                .setParameter("m", memberId)
                .setParameter("pending", PaymentRequest.Status.PENDING)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countPendingRequestsFrom(long issuerId) {
        return em.createQuery(
                        "select count(r) from PaymentRequest r"
                                + " where r.issuerId = :m and r.status = :pending",
                        Long.class)
                .setParameter("m", issuerId)
                .setParameter("pending", PaymentRequest.Status.PENDING)
                .getSingleResult();
    }

    @Override
    public List<HistoryLine> history(long accountId, int offset, int limit) {
        List<Object[]> rows =
                em.createQuery(
                                "select e, t from Entry e, Transfer t where e.transferId = t.id"
                                        + " and e.accountId = :a order by e.id desc",
                                Object[].class)
                        .setParameter("a", accountId)
                        .setFirstResult(offset)
                        .setMaxResults(limit)
                        .getResultList();
        List<HistoryLine> lines = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            lines.add(new HistoryLine((Entry) row[0], (Transfer) row[1]));
        }
        return lines;
    }

    @Override
    public long countEntries(long accountId) {
        return em.createQuery("select count(e) from Entry e where e.accountId = :a", Long.class)
                .setParameter("a", accountId)
                .getSingleResult();
    }

    @Override
    public List<KindTotal> totalsByKind(long accountId) {
        return em.createQuery(
                        "select t.kind,"
                                + " sum(case when e.minutes > 0 then e.minutes else 0 end),"
                                + " sum(case when e.minutes < 0 then -e.minutes else 0 end)"
                                + " from Entry e, Transfer t"
                                + " where e.transferId = t.id and e.accountId = :a group by t.kind",
                        Object[].class)
                .setParameter("a", accountId)
                .getResultStream()
                .map(row -> new KindTotal((TransferKind) row[0], number(row[1]), number(row[2])))
                .toList();
    }

    /**
     * Scalars rather than entities: a member may have thousands of entries, which need not be
     * managed (nor checked at commit) by the export's persistence context. The entries are read
     * through their account's index ({@code account_id, id}), the transfers by their key.
     */
    @Override
    public List<StatementLine> statement(long memberId) {
        return em.createQuery(
                        "select t.id, t.kind, t.createdAt, e.minutes, e.balanceAfter,"
                                + " t.payerMemberId, t.receiverMemberId, t.memo,"
                                + " t.overflowMinutes, t.offerId, t.reversalOf"
                                + " from Entry e, Transfer t, LedgerAccount a"
                                + " where e.transferId = t.id and e.accountId = a.id"
                                + " and a.memberId = :m order by e.id",
                        Object[].class)
                .setParameter("m", memberId)
                .getResultStream()
                .map(
                        row ->
                                new StatementLine(
                                        number(row[0]),
                                        (TransferKind) row[1],
                                        (OffsetDateTime) row[2],
                                        number(row[3]),
                                        number(row[4]),
                                        (Long) row[5],
                                        (Long) row[6],
                                        (String) row[7],
                                        number(row[8]),
                                        (Long) row[9],
                                        (Long) row[10]))
                .toList();
    }

    @Override
    public List<AuditedAccount> auditedAccounts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "SELECT a.id, a.balance_minutes, COALESCE((SELECT SUM(e.minutes)"
                                        + " FROM timebank_entry e WHERE e.account_id = a.id), 0),"
                                        + " a.floor_minutes, a.ceiling_minutes, a.kind"
                                        + " FROM timebank_account a ORDER BY a.id")
                        .getResultList();
        List<AuditedAccount> accounts = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            AccountKind kind = AccountKind.valueOf(row[5].toString());
            accounts.add(
                    new AuditedAccount(
                            number(row[0]),
                            number(row[1]),
                            number(row[2]),
                            kind == AccountKind.MEMBER
                                    ? new AccountBounds(number(row[3]), number(row[4]))
                                    : AccountBounds.NEVER_NEGATIVE));
        }
        return accounts;
    }

    @Override
    public List<String> keysAppliedTwice() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "SELECT payer_member_id, idempotency_key FROM timebank_transfer"
                                        + " WHERE idempotency_key IS NOT NULL"
                                        + " GROUP BY payer_member_id, idempotency_key"
                                        + " HAVING COUNT(*) > 1")
                        .getResultList();
        List<String> keys = new ArrayList<>();
        for (Object[] row : rows) {
            keys.add(row[0] + ":" + row[1]);
        }
        @SuppressWarnings("unchecked")
        List<Object> reversed =
                em.createNativeQuery(
                                "SELECT reversal_of FROM timebank_transfer WHERE reversal_of IS"
                                        + " NOT NULL GROUP BY reversal_of HAVING COUNT(*) > 1")
                        .getResultList();
        for (Object id : reversed) {
            keys.add("reversal-of:" + id);
        }
        return keys;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    @Override
    public List<Long> idleMembers(OffsetDateTime activeBefore, Long onlyMember) {
        TypedQuery<Long> query =
                em.createQuery(
                        "select a.memberId from LedgerAccount a where a.kind = :k"
                                + " and a.balanceMinutes > 0 and a.lastActivity < :before"
                                + (onlyMember == null ? "" : " and a.memberId = :m")
                                + " order by a.id",
                        Long.class);
        query.setParameter("k", AccountKind.MEMBER).setParameter("before", activeBefore);
        if (onlyMember != null) {
            query.setParameter("m", onlyMember);
        }
        return query.getResultList();
    }

    @Override
    public boolean recordMeltWarning(long accountId, YearMonth meltMonth, OffsetDateTime now) {
        return insertOnce(
                "INSERT INTO timebank_melt_warning (account_id, melt_month, sent_at)"
                        + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                accountId,
                meltMonth.toString(),
                now);
    }

    @Override
    public boolean recordAuditAlert(String fingerprint, String violations, OffsetDateTime now) {
        return insertOnce(
                "INSERT INTO timebank_audit_alert (fingerprint, violations, alerted_at)"
                        + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                fingerprint,
                violations,
                now);
    }

    /** Runs an {@code INSERT … ON CONFLICT DO NOTHING}; true when the row was new. */
    private boolean insertOnce(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate() == 1;
    }

    @Override
    public Optional<Hold> findHold(long id) {
        return Optional.ofNullable(em.find(Hold.class, id));
    }

    @Override
    public List<Hold> openHolds(long ownerId) {
        return em.createQuery(
                        "select h from Hold h where h.ownerId = :o and h.status = :s order by h.id",
                        Hold.class)
                .setParameter("o", ownerId)
                .setParameter("s", Hold.Status.OPEN)
                .getResultList();
    }

    @Override
    public List<Hold> holds(Collection<Long> ids) {
        return EntitiesByIds.find(em, Hold.class, ids);
    }

    @Override
    public List<OwnedHold> holdsOf(long ownerId) {
        return em.createQuery(
                        "select h, a.balanceMinutes from Hold h, LedgerAccount a"
                                + " where a.id = h.accountId and h.ownerId = :o order by h.id",
                        Object[].class)
                .setParameter("o", ownerId)
                .getResultStream()
                .map(row -> new OwnedHold((Hold) row[0], number(row[1])))
                .toList();
    }

    @Override
    public Optional<Offer> findOffer(long id) {
        return Optional.ofNullable(em.find(Offer.class, id));
    }

    @Override
    public List<Offer> offers(Offer.Kind kind, String tag, String text, int offset, int limit) {
        return filtered(
                        "select o from Offer o",
                        kind,
                        tag,
                        text,
                        " order by o.createdAt desc, o.id desc",
                        Offer.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOffers(Offer.Kind kind, String tag, String text) {
        return filtered("select count(o) from Offer o", kind, tag, text, "", Long.class)
                .getSingleResult();
    }

    /** The tags of all the offers in one more query, not one per offer. */
    @Override
    public List<Offer> offersBy(long authorId) {
        return em.createQuery(
                        "select o from Offer o where o.authorId = :a order by o.createdAt, o.id",
                        Offer.class)
                .setParameter("a", authorId)
                .setHint(QueryHints.BATCH, "o.tags")
                .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .getResultList();
    }

    private <T> TypedQuery<T> filtered(
            String select, Offer.Kind kind, String tag, String text, String order, Class<T> type) {
        // an offer's tags are a map, slug to words: it is the slug, the key, that is filtered on
        StringBuilder where =
                new StringBuilder(tag == null ? "" : " join o.tags t")
                        .append(" where o.closed = false");
        if (kind != null) {
            where.append(" and o.kind = :kind");
        }
        if (tag != null) {
            where.append(" and key(t) = :tag");
        }
        if (text != null) {
            where.append(" and (lower(o.title) like :text or lower(o.description) like :text)");
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (tag != null) {
            query.setParameter("tag", tag);
        }
        if (text != null) {
            query.setParameter(
                    "text",
                    "%"
                            + text.toLowerCase(Locale.ROOT)
                                    .replace("\\", "")
                                    .replace("%", "")
                                    .replace("_", "")
                            + "%");
        }
        return query;
    }
}
