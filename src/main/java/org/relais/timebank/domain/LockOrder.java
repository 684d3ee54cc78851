package org.relais.timebank.domain;

import java.util.List;
import java.util.stream.LongStream;

/**
 * The order in which every transaction of the ledger locks accounts, so that two of them never wait
 * for each other in a circle: the members' (and holds') accounts first, ascending, each once, in
 * one statement; the community pool last, and only by a transaction that needs it.
 *
 * <p>Every transfer may involve the pool, so a transfer that held the pool while it waited for a
 * member would make all others wait behind it. Taking the pool last means a transaction that holds
 * the pool waits for no other lock: it only writes and commits. A payment, a melt or a hold's
 * settlement only ever credits the pool, whose balance cannot change their plan; they do not lock
 * it beforehand, and the relative update that credits it (when the locked balances show an
 * overflow) takes its lock as their last one. Grants and reversals, which may take minutes from the
 * pool, lock it by a second statement after the members'.
 */
public final class LockOrder {
    private LockOrder() {}

    /** The accounts to lock, ascending and without duplicates. */
    public static List<Long> of(long... accountIds) {
        return LongStream.of(accountIds).sorted().distinct().boxed().toList();
    }

    /**
     * The lock statements for these accounts: the ones other than the pool in one statement,
     * ascending, then the pool alone when it is among them.
     */
    public static List<List<Long>> statements(long poolId, long... accountIds) {
        List<Long> members = of(LongStream.of(accountIds).filter(id -> id != poolId).toArray());
        boolean pool = LongStream.of(accountIds).anyMatch(id -> id == poolId);
        if (members.isEmpty()) {
            return pool ? List.of(List.of(poolId)) : List.of();
        }
        return pool ? List.of(members, List.of(poolId)) : List.of(members);
    }

    /**
     * The lock statement of a ledger whose transactions run in single file: the pool with the
     * accounts, in one statement, ascending (the pool, created first, has the lowest id, so every
     * transaction waits for the pool before it holds anything else). For H2, on which concurrent
     * ledger transactions were seen to lose updates (README, time bank ledger locking).
     */
    public static List<List<Long>> singleFile(long poolId, long... accountIds) {
        long[] withPool =
                LongStream.concat(LongStream.of(poolId), LongStream.of(accountIds)).toArray();
        return List.of(of(withPool));
    }
}
