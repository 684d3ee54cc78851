package org.relais.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relais.accounts.application.AccountService;
import org.relais.platform.paging.PageRequest;
import org.relais.timebank.domain.AccountBounds;
import org.relais.timebank.domain.LedgerAccount;
import org.relais.timebank.domain.LedgerAudit;
import org.relais.timebank.domain.TimebankRepository;
import org.relais.timebank.domain.TimebankRepository.HistoryLine;
import org.relais.timebank.domain.TransferKind;

/** What the ledger shows: a member's account and history, the pool's, and the audit. */
@ApplicationScoped
@Transactional
public class LedgerReading {
    private static final Set<TransferKind> HOLD_KINDS =
            Set.of(TransferKind.HOLD, TransferKind.SETTLE, TransferKind.RELEASE);

    @Inject TimebankRepository repository;
    @Inject AccountService accounts;

    /** A member's account; a member who never used the bank has an empty default account. */
    public record AccountView(
            long memberId,
            long balanceMinutes,
            long floorMinutes,
            long ceilingMinutes,
            boolean pseudonymous,
            List<HoldView> holds) {}

    public record HoldView(long id, String purpose, long minutes) {}

    /**
     * One line of a history. {@code counterpart} is the other member's name, or null for the pool.
     *
     * @param overflowMinutes what overflowed into the pool when this line is a credit that hit the
     *     ceiling
     * @param purpose for hours set aside, paid or given back from a hold, what the hold was for
     *     ("Prime sur la question « … »"), which stands for the counterpart; otherwise null
     */
    public record HistoryView(
            long transferId,
            TransferKind kind,
            OffsetDateTime at,
            long minutes,
            long balanceAfter,
            Long counterpartId,
            String counterpart,
            String memo,
            long overflowMinutes,
            boolean reversible,
            String purpose) {}

    public record HistoryPage(List<HistoryView> items, long total) {}

    public record AuditReport(boolean ok, List<LedgerAudit.Violation> violations) {}

    public AccountView account(long memberId) {
        List<HoldView> holds =
                repository.openHolds(memberId).stream()
                        .map(
                                h ->
                                        new HoldView(
                                                h.id(),
                                                h.purpose(),
                                                repository
                                                        .getAccount(h.accountId())
                                                        .balanceMinutes()))
                        .toList();
        return repository
                .findMemberAccount(memberId)
                .map(
                        a ->
                                new AccountView(
                                        memberId,
                                        a.balanceMinutes(),
                                        a.bounds().floorMinutes(),
                                        a.bounds().ceilingMinutes(),
                                        a.pseudonymous(),
                                        holds))
                .orElseGet(
                        () ->
                                new AccountView(
                                        memberId,
                                        0,
                                        AccountBounds.DEFAULT_FLOOR,
                                        AccountBounds.DEFAULT_CEILING,
                                        false,
                                        holds));
    }

    public HistoryPage history(long memberId, PageRequest paging) {
        return repository
                .findMemberAccount(memberId)
                .map(a -> page(a.id(), memberId, paging, false))
                .orElseGet(() -> new HistoryPage(List.of(), 0));
    }

    /** The pool's history: what overflowed or melted in, what was granted and to whom. */
    public HistoryPage pool(PageRequest paging) {
        return page(repository.poolAccountId(), null, paging, true);
    }

    public long poolBalance() {
        return repository.getAccount(repository.poolAccountId()).balanceMinutes();
    }

    /**
     * Where the pool's hours came from and went, since the bank opened: what overflowed into it
     * above members' ceilings (écrêtement: payments, holds settled or released), what melted into
     * it from idle accounts, what coordinators granted from it, and what reversals gave back to it
     * (negative when they took back overflow). Together they make its balance.
     */
    public record PoolFlows(long capped, long melted, long granted, long reversed) {
        public long balance() {
            return capped + melted - granted + reversed;
        }
    }

    public PoolFlows poolFlows() {
        long capped = 0;
        long melted = 0;
        long granted = 0;
        long reversed = 0;
        for (TimebankRepository.KindTotal total :
                repository.totalsByKind(repository.poolAccountId())) {
            long net = total.in() - total.out();
            switch (total.kind()) {
                case MELT -> melted += net;
                case GRANT -> granted -= net;
                case REVERSAL -> reversed += net;
                default -> capped += net;
            }
        }
        return new PoolFlows(capped, melted, granted, reversed);
    }

    public AuditReport audit() {
        List<LedgerAudit.Violation> violations =
                LedgerAudit.check(repository.auditedAccounts(), repository.keysAppliedTwice());
        return new AuditReport(violations.isEmpty(), violations);
    }

    private HistoryPage page(long accountId, Long memberId, PageRequest paging, boolean pool) {
        List<HistoryLine> lines = repository.history(accountId, paging.offset(), paging.size());
        Set<Long> members = new HashSet<>();
        for (HistoryLine line : lines) {
            addIfPresent(members, line.transfer().payerMemberId());
            addIfPresent(members, line.transfer().receiverMemberId());
        }
        Map<Long, String> names = accounts.displayNames(members);
        List<HistoryView> items =
                lines.stream().map(line -> view(line, memberId, names, pool)).toList();
        return new HistoryPage(items, repository.countEntries(accountId));
    }

    private HistoryView view(
            HistoryLine line, Long memberId, Map<Long, String> names, boolean pool) {
        var transfer = line.transfer();
        var entry = line.entry();
        Long other;
        if (pool) {
            other =
                    transfer.kind() == TransferKind.MELT
                            ? transfer.payerMemberId()
                            : transfer.receiverMemberId();
        } else {
            other =
                    memberId.equals(transfer.payerMemberId())
                            ? transfer.receiverMemberId()
                            : transfer.payerMemberId();
        }
        String name = other == null ? null : names.get(other);
        if (pool && other != null && hidden(other)) {
            other = null;
            name = null;
        }
        boolean credit = entry.minutes() > 0;
        return new HistoryView(
                transfer.id(),
                transfer.kind(),
                transfer.createdAt(),
                entry.minutes(),
                entry.balanceAfter(),
                other,
                name,
                transfer.memo(),
                !pool && credit ? transfer.overflowMinutes() : 0,
                transfer.kind() != TransferKind.REVERSAL && transfer.reversalOf() == null,
                HOLD_KINDS.contains(transfer.kind()) ? transfer.memo() : null);
    }

    private boolean hidden(long memberId) {
        return repository
                .findMemberAccount(memberId)
                .map(LedgerAccount::pseudonymous)
                .orElse(false);
    }

    private static void addIfPresent(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
