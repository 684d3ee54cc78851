package org.relais.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.relais.accounts.application.AccountService;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.Caller;
import org.relais.platform.security.Sha256;
import org.relais.timebank.domain.AccountBounds;
import org.relais.timebank.domain.AccountState;
import org.relais.timebank.domain.Entry;
import org.relais.timebank.domain.LedgerAccount;
import org.relais.timebank.domain.TimebankRepository;
import org.relais.timebank.domain.TimebankRepository.LockedAccount;
import org.relais.timebank.domain.Transfer;
import org.relais.timebank.domain.TransferPlan;
import org.relais.timebank.domain.TransferRules;

/**
 * The ledger's use cases that move minutes: members pay each other; coordinators (moderators and
 * administrators) grant hours from the pool, reverse a mistaken transfer and set a member's bounds.
 * Every transfer locks its accounts (ascending ids, one statement), applies {@link TransferRules}
 * and writes the transfer, its entries and the balances in one transaction.
 */
@ApplicationScoped
@Transactional
public class LedgerService {
    @Inject TimebankRepository repository;
    @Inject LedgerWriter writer;
    @Inject AccountService accounts;

    /**
     * Pays hours. A key already used by this payer returns its transfer when the request is the
     * same, and is refused (409) when it differs. Concurrent replays wait on the payer's lock, and
     * the transfer's unique key tells each after the first that it is a replay.
     *
     * <p>A payment between members who both have an account, as all but a member's first have, is
     * four statements: the two accounts locked and read with their members' status (ascending ids,
     * one statement), the transfer inserted unless its key was used, then the balances and the
     * entries (see {@link LedgerWriter}). A replay is only looked for when the payment cannot be
     * written as asked: its key is taken, or the rules refuse it (a refusal must not hide the
     * answer already given to the same request).
     */
    public TransferReceipt pay(Caller payer, PayHours command) {
        return pay(payer, command, true).orElseThrow();
    }

    /**
     * Pays as {@link #pay} does when both members have a ledger account; when one has none yet,
     * writes nothing and answers empty, so that {@link Payments} can open it in a short transaction
     * of its own first (see {@link #openAccounts}).
     */
    public Optional<TransferReceipt> payBetweenOpenAccounts(Caller payer, PayHours command) {
        return pay(payer, command, false);
    }

    private Optional<TransferReceipt> pay(Caller payer, PayHours command, boolean openMissing) {
        String key = key(command.idempotencyKey());
        String hash = hash(command);
        long minutes = minutes(command.minutes());
        String memo = memo(command.memo());
        Long to = command.to();
        if (to == null || to == payer.accountId()) {
            return Optional.of(payFirstTime(payer, command, key, hash, minutes, memo));
        }
        // The pool is not locked (on H2, where the ledger runs in single file, it is): it only
        // receives from a payment, and its balance never changes a payment's plan. A payment that
        // does not overflow never touches its row; one that does, as the locked balances tell,
        // credits it by a relative update that takes the pool's lock last, just before the
        // entries and the commit (LockOrder, LedgerWriter): payments do not queue on the pool.
        Parties parties = lockParties(payer.accountId(), to);
        if (parties == null) {
            return openMissing
                    ? Optional.of(payFirstTime(payer, command, key, hash, minutes, memo))
                    : Optional.empty();
        }
        return Optional.of(
                writeOrReplay(
                        payer,
                        key,
                        hash,
                        () -> {
                            if (!parties.receiverActive()) {
                                throw RuleViolation.of("to", "timebank.member.unknown");
                            }
                            TransferPlan plan =
                                    TransferRules.pay(
                                            parties.payer().state(),
                                            parties.receiver().state(),
                                            repository.poolAccountId(),
                                            minutes);
                            long source = parties.payer().id();
                            return writer.write(
                                    plan,
                                    payment(payer, command, plan, source, key, hash, memo),
                                    parties.locked(),
                                    source);
                        }));
    }

    /** A payment's two accounts, locked, and whether its receiver is an active member. */
    private record Parties(
            Map<Long, LedgerAccount> locked,
            LedgerAccount payer,
            LedgerAccount receiver,
            boolean receiverActive) {}

    /** The payer's and the receiver's accounts, locked; null when one has no account yet. */
    private Parties lockParties(long payerId, long receiverId) {
        Map<Long, LedgerAccount> locked = new TreeMap<>();
        LedgerAccount payerAccount = null;
        LedgerAccount receiverAccount = null;
        boolean receiverActive = false;
        for (LockedAccount account : writer.lockMembers(payerId, receiverId)) {
            LedgerAccount ledgerAccount = account.account();
            locked.put(ledgerAccount.id(), ledgerAccount);
            Long member = ledgerAccount.memberId();
            if (member != null && member == payerId) {
                payerAccount = ledgerAccount;
            } else if (member != null && member == receiverId) {
                receiverAccount = ledgerAccount;
                receiverActive = account.active();
            }
        }
        if (payerAccount == null || receiverAccount == null) {
            return null;
        }
        return new Parties(locked, payerAccount, receiverAccount, receiverActive);
    }

    /**
     * Writes a payment, unless it turns out to be a replay: when its key is taken, or when the
     * rules refuse it, the answer already given to the same request is looked for first (a refusal
     * must not hide it, nor a concurrent replay get one).
     */
    private TransferReceipt writeOrReplay(
            Caller payer, String key, String hash, Supplier<Transfer> write) {
        try {
            return TransferReceipt.of(write.get());
        } catch (RuleViolation | KeyAlreadyUsed refused) {
            return replay(payer.accountId(), key, hash)
                    .orElseThrow(
                            () ->
                                    refused instanceof RuleViolation violation
                                            ? violation
                                            : new IllegalStateException(refused));
        }
    }

    /**
     * A payment for which one of the members has no account yet (or a payment to oneself, which the
     * rules refuse): the accounts are created, as on a member's first payment, then locked.
     */
    private TransferReceipt payFirstTime(
            Caller payer, PayHours command, String key, String hash, long minutes, String memo) {
        Optional<TransferReceipt> replay = replay(payer.accountId(), key, hash);
        if (replay.isPresent()) {
            return replay.get();
        }
        long receiverId = member(command.to(), "to");
        long[] accountIds =
                repository.memberAccountIds(payer.accountId(), receiverId, writer.now());
        long payerAccount = accountIds[0];
        long receiverAccount = accountIds[1];
        Map<Long, LedgerAccount> locked = writer.lock(payerAccount, receiverAccount);
        return writeOrReplay(
                payer,
                key,
                hash,
                () -> {
                    TransferPlan plan =
                            TransferRules.pay(
                                    LedgerWriter.state(locked, payerAccount),
                                    LedgerWriter.state(locked, receiverAccount),
                                    repository.poolAccountId(),
                                    minutes);
                    return writer.write(
                            plan,
                            payment(payer, command, plan, payerAccount, key, hash, memo),
                            locked,
                            payerAccount);
                });
    }

    private Transfer payment(
            Caller payer,
            PayHours command,
            TransferPlan plan,
            long payerAccount,
            String key,
            String hash,
            String memo) {
        return new Transfer(
                plan,
                new Transfer.Parties(payer.accountId(), command.to()),
                payerAccount,
                memo,
                command.offerId(),
                new Transfer.ClientRequest(key, hash),
                null,
                payer.accountId(),
                writer.now());
    }

    /**
     * What a payment would do, without writing it: for the confirmation step of the pay form, which
     * must say when part of it will overflow into the pool. Refusals are thrown as for {@link
     * #pay}.
     */
    public TransferPlan preview(Caller payer, Long to, Long minutes) {
        long amount = minutes(minutes);
        long receiverId = member(to, "to");
        AccountState payerState = stateOf(payer.accountId());
        AccountState receiverState = stateOf(receiverId);
        return TransferRules.pay(payerState, receiverState, repository.poolAccountId(), amount);
    }

    /** The stored answer to a replayed key, or empty when the key is new. */
    public Optional<TransferReceipt> replay(long payerId, String key, String hash) {
        return repository
                .findByKey(payerId, key)
                .map(
                        stored -> {
                            if (!stored.requestHash().equals(hash)) {
                                throw new ConflictException("timebank.idempotency.reused");
                            }
                            return TransferReceipt.of(stored);
                        });
    }

    /**
     * Opens the ledger accounts of a payment's two members when they have none yet, in a
     * transaction of its own that commits at once. Were a member's account inserted inside their
     * first payment's transaction, that new row would stay locked while the payment waits for the
     * other party's lock: under a storm of first payments, on H2, such waits chained until the
     * database gave up. {@link Payments} opens the accounts this way before a first payment, and
     * again before it retries one.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void openAccounts(long payerId, Long to) {
        if (to == null || to == payerId || !accounts.isActiveMember(to)) {
            return;
        }
        repository.memberAccountIds(payerId, to, writer.now());
    }

    /** The stored answer to a command whose key a concurrent request used first. */
    public Optional<TransferReceipt> replayOf(Caller payer, PayHours command) {
        return replay(payer.accountId(), key(command.idempotencyKey()), hash(command));
    }

    /** A coordinator grants hours from the pool to a member, with a reason. */
    public TransferReceipt grant(Caller coordinator, Long memberId, Long minutes, String reason) {
        requireCoordinator(coordinator);
        long amount = minutes(minutes);
        long receiverId = member(memberId, "memberId");
        String memo = required(reason, "reason");
        long receiverAccount = repository.memberAccountId(receiverId, writer.now());
        long pool = repository.poolAccountId();
        // the pool pays: it is locked and read, after the member (LockOrder)
        Map<Long, LedgerAccount> locked = writer.lock(receiverAccount, pool);
        TransferPlan plan =
                TransferRules.grant(
                        LedgerWriter.state(locked, pool),
                        LedgerWriter.state(locked, receiverAccount),
                        amount);
        Transfer transfer =
                new Transfer(
                        plan,
                        new Transfer.Parties(null, receiverId),
                        pool,
                        memo,
                        null,
                        null,
                        null,
                        coordinator.accountId(),
                        writer.now());
        return TransferReceipt.of(writer.write(plan, transfer, locked, null));
    }

    /** A coordinator undoes a mistaken transfer by a compensating one; each only once. */
    public TransferReceipt reverse(Caller coordinator, long transferId, String reason) {
        requireCoordinator(coordinator);
        String memo = required(reason, "reason");
        Transfer original = repository.getTransfer(transferId);
        if (repository.findReversalOf(transferId).isPresent()) {
            throw new ConflictException("timebank.reverse.already");
        }
        long pool = repository.poolAccountId();
        java.util.List<Entry> entries = repository.entriesOf(transferId);
        long[] ids =
                java.util.stream.LongStream.concat(
                                entries.stream().mapToLong(Entry::accountId),
                                java.util.stream.LongStream.of(original.sourceAccountId(), pool))
                        .distinct()
                        .toArray();
        // the pool may give back what overflowed into it: locked and read, after the members
        Map<Long, LedgerAccount> locked = writer.lock(ids);
        Map<Long, AccountState> states = new HashMap<>();
        locked.forEach((id, account) -> states.put(id, account.state()));
        TransferPlan originalPlan =
                new TransferPlan(
                        original.kind(),
                        original.minutes(),
                        original.creditedMinutes(),
                        original.overflowMinutes(),
                        entries.stream()
                                .map(
                                        e ->
                                                new org.relais.timebank.domain.Posting(
                                                        e.accountId(), e.minutes()))
                                .toList());
        TransferPlan plan =
                TransferRules.reverse(originalPlan, states, original.sourceAccountId(), pool);
        Transfer reversal =
                new Transfer(
                        plan,
                        new Transfer.Parties(original.receiverMemberId(), original.payerMemberId()),
                        original.sourceAccountId(),
                        memo,
                        original.offerId(),
                        null,
                        transferId,
                        coordinator.accountId(),
                        writer.now());
        try {
            return TransferReceipt.of(writer.write(plan, reversal, locked, null));
        } catch (KeyAlreadyUsed raced) {
            throw new ConflictException("timebank.reverse.already");
        }
    }

    /** A coordinator sets a member's floor and ceiling; refused if the balance lies outside. */
    public AccountBounds bound(Caller coordinator, Long memberId, Long floor, Long ceiling) {
        requireCoordinator(coordinator);
        long member = member(memberId, "memberId");
        if (floor == null || floor > 0) {
            throw RuleViolation.of("floorMinutes", "timebank.bounds.floor");
        }
        if (ceiling == null || ceiling < 0) {
            throw RuleViolation.of("ceilingMinutes", "timebank.bounds.ceiling");
        }
        long account = repository.memberAccountId(member, writer.now());
        LedgerAccount locked = writer.lock(account).get(account);
        AccountBounds bounds = new AccountBounds(floor, ceiling);
        locked.bound(bounds);
        return bounds;
    }

    /** Whether the member's name is hidden on the pool page when they receive a grant. */
    public void choosePseudonym(long memberId, boolean hidden) {
        long account = repository.memberAccountId(memberId, writer.now());
        writer.lock(account).get(account).choosePseudonym(hidden);
    }

    public static boolean isCoordinator(Caller caller) {
        return caller.hasRole(Caller.MODERATOR) || caller.hasRole(Caller.ADMIN);
    }

    static void requireCoordinator(Caller caller) {
        if (!isCoordinator(caller)) {
            throw new AccessDeniedException("timebank.coordinator.only");
        }
    }

    private AccountState stateOf(long memberId) {
        return repository
                .findMemberAccount(memberId)
                .map(LedgerAccount::state)
                .orElseGet(
                        () ->
                                new AccountState(
                                        -memberId,
                                        org.relais.timebank.domain.AccountKind.MEMBER,
                                        0,
                                        AccountBounds.MEMBER_DEFAULT));
    }

    private long member(Long id, String field) {
        if (id == null) {
            throw RuleViolation.of(field, "timebank.member.required");
        }
        if (!accounts.isActiveMember(id)) {
            throw RuleViolation.of(field, "timebank.member.unknown");
        }
        return id;
    }

    static long minutes(Long minutes) {
        if (minutes == null || minutes <= 0) {
            throw RuleViolation.of("minutes", "timebank.refused.amount");
        }
        if (minutes > AccountBounds.DEFAULT_CEILING * 10) {
            throw RuleViolation.of("minutes", "timebank.amount.too-large");
        }
        return minutes;
    }

    static String memo(String memo) {
        String text = memo == null ? null : memo.strip();
        if (text != null && text.length() > Transfer.MEMO_MAX) {
            throw RuleViolation.of("memo", "timebank.memo.too-long", Transfer.MEMO_MAX);
        }
        return text == null || text.isEmpty() ? null : text;
    }

    private static String required(String reason, String field) {
        String text = memo(reason);
        if (text == null) {
            throw RuleViolation.of(field, "timebank.reason.required");
        }
        return text;
    }

    private static String key(String key) {
        if (key == null || key.isBlank() || key.length() > Transfer.KEY_MAX) {
            throw RuleViolation.of("Idempotency-Key", "timebank.idempotency.missing");
        }
        return key.strip();
    }

    /** The request's fingerprint: a replay must carry the same receiver, amount, memo and offer. */
    static String hash(PayHours command) {
        String canonical =
                command.to()
                        + "\n"
                        + command.minutes()
                        + "\n"
                        + command.memo()
                        + "\n"
                        + command.offerId();
        return Sha256.hex(canonical);
    }
}
