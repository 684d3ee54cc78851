package org.relais.timebank.application;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.relais.platform.security.Caller;
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

/** The ledger's repository in memory, for service tests without a container. */
final class InMemoryTimebank implements TimebankRepository {
    /** A moderator, who coordinates the time bank. */
    static final Caller COORDINATOR = new Caller(99, "Coordinatrice", Set.of(Caller.MODERATOR));

    private final Map<Class<?>, Map<Long, Object>> tables = new LinkedHashMap<>();
    private long nextId = 1;
    private final long poolId;

    InMemoryTimebank() {
        LedgerAccount pool = account(null, AccountKind.POOL, AccountBounds.NEVER_NEGATIVE);
        store(pool);
        poolId = pool.id();
    }

    @Override
    public void store(Object entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            if (id.get(entity) == null) {
                id.set(entity, nextId++);
            }
            tables.computeIfAbsent(entity.getClass(), c -> new LinkedHashMap<>())
                    .put((Long) id.get(entity), entity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Refuses a transfer whose payer already used its key, or which reverses a transfer already
     * reversed, as the table's unique constraints do.
     */
    @Override
    public boolean storeTransfer(Transfer transfer) {
        boolean taken =
                all(Transfer.class).stream()
                        .anyMatch(
                                t ->
                                        transfer.idempotencyKey() != null
                                                        && transfer.idempotencyKey()
                                                                .equals(t.idempotencyKey())
                                                        && Objects.equals(
                                                                transfer.payerMemberId(),
                                                                t.payerMemberId())
                                                || transfer.reversalOf() != null
                                                        && transfer.reversalOf()
                                                                .equals(t.reversalOf()));
        if (taken) {
            return false;
        }
        store(transfer);
        return true;
    }

    /** A writer on this ledger whose clock stands still at the given instant. */
    LedgerWriter writer(String instant) {
        LedgerWriter writer = new LedgerWriter();
        writer.repository = this;
        writer.clock = java.time.Clock.fixed(Instant.parse(instant), java.time.ZoneOffset.UTC);
        return writer;
    }

    /** The ledger's service on this ledger, at the given instant, every id an active member. */
    LedgerService service(String instant) {
        LedgerService service = new LedgerService();
        service.repository = this;
        service.writer = writer(instant);
        service.accounts = new LedgerLockOrderTest.EveryoneIsAMember();
        return service;
    }

    <T> List<T> all(Class<T> type) {
        return tables.getOrDefault(type, Map.of()).values().stream().map(type::cast).toList();
    }

    @Override
    public long memberAccountId(long memberId, OffsetDateTime now) {
        return findMemberAccount(memberId)
                .orElseGet(
                        () -> {
                            LedgerAccount account =
                                    account(
                                            memberId,
                                            AccountKind.MEMBER,
                                            AccountBounds.MEMBER_DEFAULT);
                            store(account);
                            return account;
                        })
                .id();
    }

    private static LedgerAccount account(Long memberId, AccountKind kind, AccountBounds bounds) {
        try {
            var constructor = LedgerAccount.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            LedgerAccount account = constructor.newInstance();
            set(account, "memberId", memberId);
            set(account, "kind", kind);
            set(account, "floorMinutes", bounds.floorMinutes());
            set(account, "ceilingMinutes", bounds.ceilingMinutes());
            return account;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Object target, String name, Object value)
            throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    @Override
    public long[] memberAccountIds(long first, long second, OffsetDateTime now) {
        return new long[] {memberAccountId(first, now), memberAccountId(second, now)};
    }

    @Override
    public Optional<LedgerAccount> findMemberAccount(long memberId) {
        return all(LedgerAccount.class).stream()
                .filter(a -> Long.valueOf(memberId).equals(a.memberId()))
                .findFirst();
    }

    @Override
    public long poolAccountId() {
        return poolId;
    }

    /** Each lock statement the services sent, with the ids it locked in its order. */
    final List<List<Long>> lockStatements = new ArrayList<>();

    @Override
    public List<LedgerAccount> lock(List<Long> accountIds) {
        lockStatements.add(List.copyOf(accountIds));
        return accountIds.stream().map(this::getAccount).toList();
    }

    /** Members whose account is no longer active (deleted): they cannot receive payments. */
    final Set<Long> inactiveMembers = new HashSet<>();

    @Override
    public List<LockedAccount> lockMembers(long firstMember, long secondMember, boolean withPool) {
        List<LedgerAccount> accounts =
                all(LedgerAccount.class).stream()
                        .filter(
                                a ->
                                        Long.valueOf(firstMember).equals(a.memberId())
                                                || Long.valueOf(secondMember).equals(a.memberId())
                                                || withPool && a.id() == poolId)
                        .sorted(java.util.Comparator.comparing(LedgerAccount::id))
                        .toList();
        lockStatements.add(accounts.stream().map(LedgerAccount::id).toList());
        return accounts.stream()
                .map(a -> new LockedAccount(a, !inactiveMembers.contains(a.memberId())))
                .toList();
    }

    @Override
    public void storeEntries(long transferId, List<Posting> postings) {
        for (Posting posting : postings) {
            long after = getAccount(posting.accountId()).balanceMinutes();
            store(new Entry(transferId, posting.accountId(), posting.minutes(), after));
        }
    }

    /** Each balance update the services sent, with the ids of the accounts it changed. */
    final List<List<Long>> balanceStatements = new ArrayList<>();

    /** When set, every locked account's row seems to have changed since its locked read. */
    boolean rowsChangedUnderTheirLocks;

    @Override
    public int addToBalances(List<BalanceChange> changes, OffsetDateTime activity) {
        balanceStatements.add(changes.stream().map(BalanceChange::accountId).toList());
        if (rowsChangedUnderTheirLocks) {
            return (int) changes.stream().filter(change -> change.locked() == null).count();
        }
        int updated = 0;
        for (BalanceChange change : changes) {
            LedgerAccount account = getAccount(change.accountId());
            if (change.locked() == null
                    || change.locked().balanceMinutes() == account.balanceMinutes()) {
                account.apply(change.minutes(), activity);
                updated++;
            }
        }
        return updated;
    }

    @Override
    public LedgerAccount getAccount(long accountId) {
        return (LedgerAccount) tables.get(LedgerAccount.class).get(accountId);
    }

    @Override
    public Optional<Transfer> findByKey(long payerMemberId, String key) {
        return all(Transfer.class).stream()
                .filter(
                        t ->
                                Long.valueOf(payerMemberId).equals(t.payerMemberId())
                                        && key.equals(t.idempotencyKey()))
                .findFirst();
    }

    @Override
    public List<Long> idleMembers(OffsetDateTime activeBefore, Long onlyMember) {
        return all(LedgerAccount.class).stream()
                .filter(a -> a.memberId() != null && a.balanceMinutes() > 0)
                .filter(a -> a.lastActivity().isBefore(activeBefore))
                .filter(a -> onlyMember == null || onlyMember.equals(a.memberId()))
                .map(LedgerAccount::memberId)
                .toList();
    }

    private final Set<String> recorded = new HashSet<>();

    @Override
    public boolean recordMeltWarning(long accountId, YearMonth meltMonth, OffsetDateTime now) {
        return recorded.add("melt:" + accountId + ":" + meltMonth);
    }

    @Override
    public boolean recordAuditAlert(String fingerprint, String violations, OffsetDateTime now) {
        return recorded.add("audit:" + fingerprint);
    }

    @Override
    public Transfer getTransfer(long id) {
        return (Transfer) tables.get(Transfer.class).get(id);
    }

    @Override
    public Optional<Transfer> findReversalOf(long transferId) {
        return all(Transfer.class).stream()
                .filter(t -> Long.valueOf(transferId).equals(t.reversalOf()))
                .findFirst();
    }

    @Override
    public List<Entry> entriesOf(long transferId) {
        return all(Entry.class).stream().filter(e -> e.transferId() == transferId).toList();
    }

    @Override
    public Optional<PaymentRequest> findPaymentRequest(long id) {
        return Optional.ofNullable(
                (PaymentRequest) tables.getOrDefault(PaymentRequest.class, Map.of()).get(id));
    }

    @Override
    public List<PaymentRequest> paymentRequestsOf(long memberId, int limit) {
        return all(PaymentRequest.class).stream()
                .filter(r -> r.payerId() == memberId || r.issuerId() == memberId)
                .sorted(
                        java.util.Comparator.comparing((PaymentRequest r) -> !r.isPending())
                                .thenComparing(
                                        PaymentRequest::id, java.util.Comparator.reverseOrder()))
                .limit(limit)
                .toList();
    }

    @Override
    public long countPendingRequestsFrom(long issuerId) {
        return all(PaymentRequest.class).stream()
                .filter(r -> r.issuerId() == issuerId && r.isPending())
                .count();
    }

    @Override
    public List<HistoryLine> history(long accountId, int offset, int limit) {
        return List.of();
    }

    @Override
    public long countEntries(long accountId) {
        return all(Entry.class).stream().filter(e -> e.accountId() == accountId).count();
    }

    @Override
    public List<KindTotal> totalsByKind(long accountId) {
        Map<TransferKind, long[]> sums = new LinkedHashMap<>();
        for (Entry e : all(Entry.class)) {
            if (e.accountId() == accountId) {
                long[] sum =
                        sums.computeIfAbsent(getTransfer(e.transferId()).kind(), k -> new long[2]);
                sum[e.minutes() > 0 ? 0 : 1] += Math.abs(e.minutes());
            }
        }
        return sums.entrySet().stream()
                .map(s -> new KindTotal(s.getKey(), s.getValue()[0], s.getValue()[1]))
                .toList();
    }

    @Override
    public List<StatementLine> statement(long memberId) {
        Long account = findMemberAccount(memberId).map(LedgerAccount::id).orElse(null);
        return all(Entry.class).stream()
                .filter(e -> Long.valueOf(e.accountId()).equals(account))
                .map(
                        e -> {
                            Transfer t = getTransfer(e.transferId());
                            return new StatementLine(
                                    t.id(),
                                    t.kind(),
                                    t.createdAt(),
                                    e.minutes(),
                                    e.balanceAfter(),
                                    t.payerMemberId(),
                                    t.receiverMemberId(),
                                    t.memo(),
                                    t.overflowMinutes(),
                                    t.offerId(),
                                    t.reversalOf());
                        })
                .toList();
    }

    @Override
    public List<AuditedAccount> auditedAccounts() {
        List<AuditedAccount> audited = new ArrayList<>();
        for (LedgerAccount a : all(LedgerAccount.class)) {
            long entries =
                    all(Entry.class).stream()
                            .filter(e -> e.accountId() == a.id())
                            .mapToLong(Entry::minutes)
                            .sum();
            audited.add(new AuditedAccount(a.id(), a.balanceMinutes(), entries, a.bounds()));
        }
        return audited;
    }

    @Override
    public List<String> keysAppliedTwice() {
        return List.of();
    }

    @Override
    public Optional<Hold> findHold(long id) {
        return Optional.ofNullable((Hold) tables.getOrDefault(Hold.class, Map.of()).get(id));
    }

    @Override
    public List<Hold> openHolds(long ownerId) {
        return all(Hold.class).stream()
                .filter(h -> h.ownerId() == ownerId && h.status() == Hold.Status.OPEN)
                .toList();
    }

    @Override
    public List<Hold> holds(Collection<Long> ids) {
        return all(Hold.class).stream().filter(h -> ids.contains(h.id())).toList();
    }

    @Override
    public List<OwnedHold> holdsOf(long ownerId) {
        return all(Hold.class).stream()
                .filter(h -> h.ownerId() == ownerId)
                .map(h -> new OwnedHold(h, getAccount(h.accountId()).balanceMinutes()))
                .toList();
    }

    @Override
    public List<Offer> offersBy(long authorId) {
        return all(Offer.class).stream().filter(o -> o.authorId() == authorId).toList();
    }

    @Override
    public Optional<Offer> findOffer(long id) {
        return Optional.empty();
    }

    @Override
    public List<Offer> offers(Offer.Kind kind, String tag, String text, int offset, int limit) {
        return List.of();
    }

    @Override
    public long countOffers(Offer.Kind kind, String tag, String text) {
        return 0;
    }
}
