package org.relais.search.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The outbox ids this instance has not seen although it saw higher ones. Ids are handed out when a
 * transaction inserts its row but become visible when it commits, so a long transaction can commit
 * id 10 after id 11 was read and indexed. Moving the checkpoint past 10 would lose its change for
 * good. So the checkpoint stops before the oldest open gap, while the entries after it are indexed
 * at once (search stays fresh); each drain looks again into the open gaps, and a gap is given up
 * after a grace period (its transaction rolled back, or the database skipped ids).
 *
 * <p>Not thread-safe: the indexer uses it under its own lock.
 */
final class OutboxGaps {
    /** Ids {@code from}..{@code to} (inclusive) not seen yet, first noticed at {@code since}. */
    record Gap(long from, long to, Instant since) {}

    private final Duration grace;
    private final List<Gap> open = new ArrayList<>();
    private long highest;

    OutboxGaps(Duration grace, long checkpoint) {
        this.grace = grace;
        this.highest = checkpoint;
    }

    /** Forgets every gap: the index now starts at {@code checkpoint} (start-up, rebuild swap). */
    void reset(long checkpoint) {
        open.clear();
        highest = checkpoint;
    }

    /** The highest id seen: new entries are read after it. */
    long highest() {
        return highest;
    }

    /** The gaps still open, oldest ids first. */
    List<Gap> open() {
        return List.copyOf(open);
    }

    /**
     * Records what a drain saw: {@code gapIds} found inside open gaps, {@code newIds} read after
     * {@link #highest()} (ascending). Returns the checkpoint that is safe to commit.
     */
    long record(Collection<Long> gapIds, List<Long> newIds, Instant now) {
        gapIds.forEach(this::fill);
        for (long id : newIds) {
            if (id <= highest) {
                continue;
            }
            if (id > highest + 1) {
                open.add(new Gap(highest + 1, id - 1, now));
            }
            highest = id;
        }
        open.removeIf(gap -> !now.isBefore(gap.since().plus(grace)));
        return safeCheckpoint();
    }

    /** Every id up to this one is seen or given up. */
    long safeCheckpoint() {
        return open.stream().mapToLong(Gap::from).min().orElse(highest + 1) - 1;
    }

    private void fill(long id) {
        for (int i = 0; i < open.size(); i++) {
            Gap gap = open.get(i);
            if (id < gap.from() || id > gap.to()) {
                continue;
            }
            open.remove(i);
            if (id < gap.to()) {
                open.add(i, new Gap(id + 1, gap.to(), gap.since()));
            }
            if (id > gap.from()) {
                open.add(i, new Gap(gap.from(), id - 1, gap.since()));
            }
            return;
        }
    }
}
