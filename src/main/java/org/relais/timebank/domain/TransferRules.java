package org.relais.timebank.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relais.platform.error.RuleViolation;

/**
 * The rules of the ledger, on accounts the caller has locked. Money never appears or vanishes:
 * whatever leaves one account enters others. Two bounds shape every move:
 *
 * <ul>
 *   <li>the payer may not go under its floor — the transfer is refused and the message says how
 *       much is still available, so nobody fragile slides into debt;
 *   <li>the receiver never goes above its ceiling — the transfer is accepted and what does not fit
 *       goes to the community pool (écrêtement), so hours circulate instead of piling up.
 * </ul>
 */
public final class TransferRules {
    private TransferRules() {}

    /** A member pays another for help received. */
    public static TransferPlan pay(
            AccountState payer, AccountState receiver, AccountState pool, long minutes) {
        requireKind(payer, AccountKind.MEMBER);
        requireKind(receiver, AccountKind.MEMBER);
        return move(TransferKind.PAYMENT, payer, receiver, pool, minutes);
    }

    /**
     * A payment planned without the pool's balance: the pool only ever receives from a payment
     * (what overflows the receiver's ceiling), and it has no ceiling, so its balance never changes
     * the plan. The caller need not lock the pool unless the plan overflows into it.
     */
    public static TransferPlan pay(
            AccountState payer, AccountState receiver, long poolId, long minutes) {
        return pay(payer, receiver, receivingPool(poolId), minutes);
    }

    /**
     * The pool as a transfer that can only credit it sees it (a payment, a melt, a hold or its
     * settlement or release): unlocked and unread, since it has no ceiling and its balance never
     * changes such a plan. Whatever such a plan sends it is added to the balance the row holds.
     */
    public static AccountState receivingPool(long poolId) {
        return new AccountState(poolId, AccountKind.POOL, 0, AccountBounds.NEVER_NEGATIVE);
    }

    /**
     * A coordinator grants hours from the pool. A grant that would overflow the receiver's ceiling
     * is refused rather than sent back to the pool it came from.
     */
    public static TransferPlan grant(AccountState pool, AccountState receiver, long minutes) {
        requireKind(pool, AccountKind.POOL);
        requireKind(receiver, AccountKind.MEMBER);
        requirePositive(minutes);
        if (minutes > receiver.room()) {
            throw RuleViolation.of(
                    "minutes",
                    "timebank.refused.grant-ceiling",
                    HoursFormat.format(receiver.room()));
        }
        return move(TransferKind.GRANT, pool, receiver, pool, minutes);
    }

    /** Idle credits melt into the pool; never more than the positive balance. */
    public static TransferPlan melt(AccountState member, AccountState pool, long minutes) {
        requireKind(member, AccountKind.MEMBER);
        requirePositive(minutes);
        if (minutes > member.balanceMinutes()) {
            throw new IllegalArgumentException("cannot melt more than a positive balance");
        }
        return move(TransferKind.MELT, member, pool, pool, minutes);
    }

    /** Minutes set aside from a member's account; the floor applies as for a payment. */
    public static TransferPlan hold(
            AccountState member, AccountState hold, AccountState pool, long minutes) {
        requireKind(member, AccountKind.MEMBER);
        requireKind(hold, AccountKind.HOLD);
        return move(TransferKind.HOLD, member, hold, pool, minutes);
    }

    /** Minutes of a hold paid to the member who earned them, overflow to the pool. */
    public static TransferPlan settle(
            AccountState hold, AccountState receiver, AccountState pool, long minutes) {
        requireKind(hold, AccountKind.HOLD);
        requireKind(receiver, AccountKind.MEMBER);
        return move(TransferKind.SETTLE, hold, receiver, pool, minutes);
    }

    /** What is left of a hold goes back to the member who set it aside. */
    public static TransferPlan release(
            AccountState hold, AccountState member, AccountState pool, long minutes) {
        requireKind(hold, AccountKind.HOLD);
        requireKind(member, AccountKind.MEMBER);
        return move(TransferKind.RELEASE, hold, member, pool, minutes);
    }

    /**
     * Undoes a transfer by a compensating one: every account that received minutes gives them back,
     * and the original source is credited — under its ceiling, the rest to the pool as for any
     * credit. Refused when an account that received has since spent the minutes beyond its floor (a
     * coordinator must settle that with the member first).
     *
     * @param accounts the current state of every account the original touched
     * @param sourceId the account the original took minutes from
     */
    public static TransferPlan reverse(
            TransferPlan original, Map<Long, AccountState> accounts, long sourceId, long poolId) {
        if (original.kind() == TransferKind.REVERSAL) {
            throw RuleViolation.of("transfer", "timebank.refused.reverse-reversal");
        }
        Map<Long, Long> changes = new LinkedHashMap<>();
        long returned = 0;
        for (Posting posting : original.postings()) {
            if (posting.minutes() > 0) {
                changes.merge(posting.accountId(), -posting.minutes(), Long::sum);
                returned += posting.minutes();
            }
        }
        AccountState source = require(accounts, sourceId);
        long afterDebits = source.balanceMinutes() + changes.getOrDefault(sourceId, 0L);
        long room =
                source.kind() == AccountKind.MEMBER
                        ? Math.max(0, source.bounds().ceilingMinutes() - afterDebits)
                        : Long.MAX_VALUE;
        long credited = Math.min(returned, room);
        long overflow = returned - credited;
        changes.merge(sourceId, credited, Long::sum);
        if (overflow > 0) {
            changes.merge(poolId, overflow, Long::sum);
        }
        List<Posting> postings = new ArrayList<>();
        changes.forEach(
                (id, change) -> {
                    AccountState account = require(accounts, id);
                    if (change < 0
                            && account.balanceMinutes() + change
                                    < account.bounds().floorMinutes()) {
                        throw RuleViolation.of(
                                "transfer",
                                "timebank.refused.reverse-floor",
                                HoursFormat.format(account.available()));
                    }
                    if (change != 0) {
                        postings.add(new Posting(id, change));
                    }
                });
        return new TransferPlan(TransferKind.REVERSAL, returned, credited, overflow, postings);
    }

    private static TransferPlan move(
            TransferKind kind,
            AccountState from,
            AccountState to,
            AccountState pool,
            long minutes) {
        requirePositive(minutes);
        requireKind(pool, AccountKind.POOL);
        if (from.id() == to.id()) {
            throw RuleViolation.of("to", "timebank.refused.self");
        }
        if (minutes > from.available()) {
            throw RuleViolation.of(
                    "minutes", refusalKey(from), HoursFormat.format(Math.max(0, from.available())));
        }
        long credited = Math.min(minutes, to.room());
        long overflow = minutes - credited;
        Map<Long, Long> changes = new LinkedHashMap<>();
        changes.merge(from.id(), -minutes, Long::sum);
        changes.merge(to.id(), credited, Long::sum);
        if (overflow > 0) {
            changes.merge(pool.id(), overflow, Long::sum);
        }
        List<Posting> postings = new ArrayList<>();
        changes.forEach(
                (id, change) -> {
                    if (change != 0) {
                        postings.add(new Posting(id, change));
                    }
                });
        return new TransferPlan(kind, minutes, credited, overflow, postings);
    }

    private static String refusalKey(AccountState from) {
        return switch (from.kind()) {
            case MEMBER -> "timebank.refused.floor";
            case POOL -> "timebank.refused.pool";
            case HOLD -> "timebank.refused.hold";
        };
    }

    private static void requirePositive(long minutes) {
        if (minutes <= 0) {
            throw RuleViolation.of("minutes", "timebank.refused.amount");
        }
    }

    private static void requireKind(AccountState account, AccountKind kind) {
        if (account.kind() != kind) {
            throw new IllegalArgumentException(
                    "account " + account.id() + " is a " + account.kind() + ", not a " + kind);
        }
    }

    private static AccountState require(Map<Long, AccountState> accounts, long id) {
        AccountState account = accounts.get(id);
        if (account == null) {
            throw new IllegalArgumentException("account " + id + " not locked for the reversal");
        }
        return account;
    }
}
