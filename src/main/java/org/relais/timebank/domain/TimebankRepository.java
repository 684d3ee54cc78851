package org.relais.timebank.domain;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The ledger and the market of offers, as the time bank's services need them. */
public interface TimebankRepository {
    void store(Object entity);

    /**
     * Inserts a transfer and gives it its id, unless its payer already used its key (or, for a
     * reversal, the transfer it reverses was already reversed): then nothing is written and the
     * answer is false. The database's unique constraints decide, so two racing requests cannot both
     * succeed.
     */
    boolean storeTransfer(Transfer transfer);

    /**
     * Writes a transfer's entries, in one statement, each with the balance its account's row holds
     * once this transaction has changed it ({@link #addToBalances} first).
     */
    void storeEntries(long transferId, List<Posting> postings);

    /**
     * A transfer's change to one account's balance. {@code locked} is the account as this
     * transaction locked and read it, or null for the pool when the transfer only credits it
     * without having locked it.
     */
    record BalanceChange(long accountId, long minutes, LedgerAccount locked) {}

    /**
     * Adds each change to its account's balance, relative to what the row holds ({@code balance =
     * balance + minutes}, one statement), so that no balance read earlier is ever written back. A
     * locked account is updated only if its row still holds the balance read under the lock: the
     * answer, the number of accounts updated, is then smaller than the number of changes, and the
     * caller must roll back. {@code activity}, when not null, becomes the accounts' last activity.
     */
    int addToBalances(List<BalanceChange> changes, OffsetDateTime activity);

    /** The member's account id, creating the account (default bounds) on first use. */
    long memberAccountId(long memberId, OffsetDateTime now);

    /** Two members' account ids, in that order, creating those that do not exist yet. */
    long[] memberAccountIds(long first, long second, OffsetDateTime now);

    Optional<LedgerAccount> findMemberAccount(long memberId);

    long poolAccountId();

    /**
     * Two members' accounts as they are now, locked for writing until the end of the transaction by
     * one statement that takes their locks in ascending id order (see {@link LockOrder}), the
     * pool's with them when {@code withPool} (it has the lowest id); each with whether its member
     * is active. A member who has no account yet is missing from the answer.
     */
    List<LockedAccount> lockMembers(long firstMember, long secondMember, boolean withPool);

    /** An account locked by {@link #lockMembers}, and whether its member is active. */
    record LockedAccount(LedgerAccount account, boolean active) {}

    /**
     * The accounts as they are now, locked for writing until the end of the transaction by one
     * statement that takes their locks in ascending id order (see {@link LockOrder}).
     */
    List<LedgerAccount> lock(List<Long> accountIds);

    LedgerAccount getAccount(long accountId);

    Optional<Transfer> findByKey(long payerMemberId, String key);

    Transfer getTransfer(long id);

    Optional<Transfer> findReversalOf(long transferId);

    List<Entry> entriesOf(long transferId);

    Optional<PaymentRequest> findPaymentRequest(long id);

    /**
     * The payment requests a member sent or received, newest first, at most {@code limit}: the
     * pending ones first of all, which wait for someone.
     */
    List<PaymentRequest> paymentRequestsOf(long memberId, int limit);

    /** How many of the requests a member sent still wait for an answer. */
    long countPendingRequestsFrom(long issuerId);

    /** An account's entries, newest first, with their transfers. */
    List<HistoryLine> history(long accountId, int offset, int limit);

    long countEntries(long accountId);

    /**
     * What an account received and gave, summed by the kind of transfer: one grouped query over its
     * entries, whatever their number. Kinds that never touched the account are missing.
     */
    List<KindTotal> totalsByKind(long accountId);

    /**
     * The minutes an account received ({@code in}) and gave ({@code out}) by one kind of transfer.
     */
    record KindTotal(TransferKind kind, long in, long out) {}

    /** One entry of an account's history with what a reader needs of its transfer. */
    record HistoryLine(Entry entry, Transfer transfer) {}

    /**
     * Every entry of the member's account, oldest first, with what a reader needs of its transfer:
     * one query of plain values (no entities), however long the history, for their data export.
     */
    List<StatementLine> statement(long memberId);

    /** One entry of a member's account and its transfer, as plain values. */
    record StatementLine(
            long transferId,
            TransferKind kind,
            OffsetDateTime at,
            long minutes,
            long balanceAfter,
            Long payerMemberId,
            Long receiverMemberId,
            String memo,
            long overflowMinutes,
            Long offerId,
            Long reversalOf) {}

    List<LedgerAudit.AuditedAccount> auditedAccounts();

    /** Keys (payer:key) found on more than one transfer, and transfers reversed twice. */
    List<String> keysAppliedTwice();

    /**
     * Members whose positive balance has not moved since before {@code activeBefore}, or only the
     * given member when not null.
     */
    List<Long> idleMembers(OffsetDateTime activeBefore, Long onlyMember);

    /** Records the warning before an account's first melt; false when it was already sent. */
    boolean recordMeltWarning(long accountId, YearMonth meltMonth, OffsetDateTime now);

    /** Records an alert for a set of violations; false when that set was already alerted. */
    boolean recordAuditAlert(String fingerprint, String violations, OffsetDateTime now);

    Optional<Hold> findHold(long id);

    List<Hold> openHolds(long ownerId);

    /** The holds among these ids, in one query. */
    List<Hold> holds(Collection<Long> ids);

    /** Every hold the member set aside, closed ones too, oldest first, with what each holds now. */
    List<OwnedHold> holdsOf(long ownerId);

    /** A hold and the minutes its account holds now (none once settled or released). */
    record OwnedHold(Hold hold, long minutes) {}

    Optional<Offer> findOffer(long id);

    List<Offer> offers(Offer.Kind kind, String tag, String text, int offset, int limit);

    long countOffers(Offer.Kind kind, String tag, String text);

    /** Every offer and request the member published, closed ones too, oldest first. */
    List<Offer> offersBy(long authorId);
}
