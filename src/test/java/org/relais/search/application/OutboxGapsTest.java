package org.relais.search.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxGapsTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final OutboxGaps gaps = new OutboxGaps(Duration.ofSeconds(60), 10);

    @Test
    void contiguousEntriesMoveTheCheckpointToTheLastOne() {
        assertEquals(13, gaps.record(List.of(), List.of(11L, 12L, 13L), T0));
        assertEquals(List.of(), gaps.open());
        assertEquals(13, gaps.highest());
    }

    @Test
    void anIdCommittedLateHoldsTheCheckpointUntilItIsSeen() {
        // 11 is still in an open transaction when 12 and 13 commit
        assertEquals(10, gaps.record(List.of(), List.of(12L, 13L), T0));
        assertEquals(List.of(new OutboxGaps.Gap(11, 11, T0)), gaps.open());
        assertEquals(13, gaps.highest());

        assertEquals(10, gaps.record(List.of(), List.of(), T0.plusSeconds(1)));
        assertEquals(13, gaps.record(List.of(11L), List.of(), T0.plusSeconds(2)));
        assertEquals(List.of(), gaps.open());
    }

    @Test
    void aGapFilledInTheMiddleSplitsAndTheCheckpointFollowsTheOldestHole() {
        gaps.record(List.of(), List.of(11L, 20L), T0);
        assertEquals(List.of(new OutboxGaps.Gap(12, 19, T0)), gaps.open());

        assertEquals(11, gaps.record(List.of(15L), List.of(21L), T0.plusSeconds(1)));
        assertEquals(
                List.of(new OutboxGaps.Gap(12, 14, T0), new OutboxGaps.Gap(16, 19, T0)),
                gaps.open());

        assertEquals(15, gaps.record(List.of(12L, 13L, 14L), List.of(), T0.plusSeconds(2)));
        assertEquals(21, gaps.record(List.of(16L, 17L, 18L, 19L), List.of(), T0.plusSeconds(3)));
    }

    @Test
    void aGapNeverFilledIsGivenUpAfterTheGracePeriod() {
        gaps.record(List.of(), List.of(12L), T0);
        gaps.record(List.of(), List.of(14L), T0.plusSeconds(30));
        assertEquals(10, gaps.record(List.of(), List.of(), T0.plusSeconds(59)));
        // the first hole (11) rolled back; the second (13) is younger and still waited for
        assertEquals(12, gaps.record(List.of(), List.of(), T0.plusSeconds(60)));
        assertEquals(14, gaps.record(List.of(), List.of(), T0.plusSeconds(90)));
    }

    @Test
    void idsAlreadySeenAndAResetAreHandled() {
        gaps.record(List.of(), List.of(12L), T0);
        assertEquals(10, gaps.record(List.of(), List.of(12L), T0));
        gaps.reset(40);
        assertEquals(List.of(), gaps.open());
        assertEquals(41, gaps.record(List.of(), List.of(41L), T0));
    }
}
