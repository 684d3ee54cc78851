package org.relais.timebank.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a transfer writes: its entries, which sum to zero, and for the people involved how much was
 * asked, how much reached the receiver and how much overflowed into the pool.
 *
 * @param requestedMinutes what the payer gave
 * @param creditedMinutes what the receiver got
 * @param overflowMinutes what went to the community pool because the receiver reached the ceiling
 */
public record TransferPlan(
        TransferKind kind,
        long requestedMinutes,
        long creditedMinutes,
        long overflowMinutes,
        List<Posting> postings) {
    public TransferPlan {
        Objects.requireNonNull(kind);
        postings = List.copyOf(postings);
        if (postings.stream().mapToLong(Posting::minutes).sum() != 0) {
            throw new IllegalStateException("the entries of a transfer must sum to zero");
        }
    }

    /** The minutes this transfer adds to (or takes from) an account, 0 when not involved. */
    public long change(long accountId) {
        return postings.stream()
                .filter(posting -> posting.accountId() == accountId)
                .mapToLong(Posting::minutes)
                .sum();
    }
}
