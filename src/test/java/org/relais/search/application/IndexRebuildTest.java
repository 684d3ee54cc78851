package org.relais.search.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.relais.platform.error.RuleViolation;

/**
 * The figures of a rebuild's progress, when an instance must rebuild, and the retention setting.
 */
class IndexRebuildTest {
    private static final Instant START = Instant.parse("2026-11-23T14:00:00Z");

    @Test
    void progressGivesPercentRateAndTimeLeft() {
        IndexRebuild.Progress progress =
                IndexRebuild.Progress.running(
                        "admin", 10_000, 2_500, 3, START, START.plusSeconds(5), 1200L);
        assertTrue(progress.running());
        assertEquals(25, progress.percent());
        assertEquals(500.0, progress.documentsPerSecond());
        assertEquals(15L, progress.secondsLeft());
        assertEquals(3, progress.failed());
        assertEquals(1200L, progress.lastDurationMillis());
    }

    @Test
    void progressNeverShowsHundredBeforeTheSwapNorDividesByZero() {
        IndexRebuild.Progress empty =
                IndexRebuild.Progress.running("missing", 0, 0, 0, START, START, null);
        assertEquals(0, empty.percent());
        assertNull(empty.secondsLeft());
        IndexRebuild.Progress allRead =
                IndexRebuild.Progress.running(
                        "admin", 80, 80, 0, START, START.plusSeconds(1), null);
        assertEquals(99, allRead.percent());
        assertEquals(0L, allRead.secondsLeft());
    }

    @Test
    void anInstanceIsBehindOnlyWhenEntriesAfterItsCheckpointWerePruned() {
        assertFalse(OutboxReader.behind(120, 0), "empty outbox");
        assertFalse(OutboxReader.behind(120, 80), "its next entries are still there");
        assertFalse(OutboxReader.behind(120, 121), "the next entry is the oldest kept");
        assertTrue(OutboxReader.behind(120, 400), "entries 121 to 399 are gone");
        assertTrue(OutboxReader.behind(0, 57), "a new instance after pruning");
    }

    @Test
    void retentionIsAnIsoDurationThatIsNotNegative() {
        assertEquals(Duration.ofDays(7), OutboxPruning.parse("P7D"));
        assertEquals(Duration.ZERO, OutboxPruning.parse("PT0S"));
        assertThrows(RuleViolation.class, () -> OutboxPruning.parse("7 jours"));
        assertThrows(RuleViolation.class, () -> OutboxPruning.parse("-P1D"));
        assertThrows(RuleViolation.class, () -> OutboxPruning.parse(null));
    }
}
