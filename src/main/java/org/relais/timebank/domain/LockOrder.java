package org.relais.timebank.domain;

import java.util.List;
import java.util.stream.LongStream;

/**
 * The order in which every transaction of the ledger locks accounts, so that two of them never wait
 * for each other in a circle: ascending ids, each account once, all in one statement. The pool,
 * created first, has the lowest id: a transfer that may touch it (every payment may overflow into
 * it) waits for the pool before it holds any member's lock.
 */
public final class LockOrder {
    private LockOrder() {}

    /** The accounts to lock, ascending and without duplicates. */
    public static List<Long> of(long... accountIds) {
        return LongStream.of(accountIds).sorted().distinct().boxed().toList();
    }
}
