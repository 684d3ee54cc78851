package org.relais.qa.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpertiseScoreTest {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @ParameterizedTest(name = "{0} points {1} days old with half-life {2} weigh {3}")
    @CsvSource({
        "10, 0, 365, 10",
        "10, 365, 365, 5",
        "10, 730, 365, 2.5",
        "15, 30, 30, 7.5",
        "-2, 365, 365, -1",
        "100, 3650, 365, 0.09765625"
    })
    void eachContributionHalvesEveryHalfLife(
            int points, int ageDays, double halfLife, double expected) {
        var contribution =
                new ExpertiseScore.Contribution(points, NOW.minus(Duration.ofDays(ageDays)));
        assertEquals(
                expected, new ExpertiseScore(halfLife).score(List.of(contribution), NOW), 1e-9);
    }

    @ParameterizedTest(name = "score {0} is {1}")
    @CsvSource({
        "-5, NONE",
        "0, NONE",
        "99.9, NONE",
        "100, CONFIRME",
        "399, CONFIRME",
        "400, REFERENT",
        "999.99, REFERENT",
        "1000, EXPERT",
        "5000, EXPERT"
    })
    void levelsStartAt100And400And1000(double score, ExpertiseLevel level) {
        assertEquals(level, ExpertiseLevel.of(score));
    }

    @org.junit.jupiter.api.Test
    void contributionsAddUp() {
        var recent = new ExpertiseScore.Contribution(ExpertiseScore.UPVOTE, NOW);
        var accepted = new ExpertiseScore.Contribution(ExpertiseScore.ACCEPTED, NOW);
        var down = new ExpertiseScore.Contribution(ExpertiseScore.DOWNVOTE, NOW);
        assertEquals(23, new ExpertiseScore(365).score(List.of(recent, accepted, down), NOW), 1e-9);
    }
}
