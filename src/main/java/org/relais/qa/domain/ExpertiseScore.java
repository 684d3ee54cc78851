package org.relais.qa.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * Expertise of a member in a tag, computed from what others thought of their answers there: +10 per
 * upvote, −2 per downvote, +15 per accepted answer. Each contribution halves in weight every
 * half-life (setting {@code relais.qa.expertise.half-life-days}, 365 by default), so the map of
 * experts follows who helps now rather than who helped years ago.
 */
public record ExpertiseScore(double halfLifeDays) {
    public static final int UPVOTE = 10;
    public static final int DOWNVOTE = -2;
    public static final int ACCEPTED = 15;

    public ExpertiseScore {
        if (halfLifeDays <= 0) {
            throw new IllegalArgumentException("half-life must be positive");
        }
    }

    /** One vote or acceptance on an answer of the member in the tag. */
    public record Contribution(int points, Instant at) {}

    public double score(Collection<Contribution> contributions, Instant now) {
        double total = 0;
        for (Contribution c : contributions) {
            total += c.points() * weight(c.at(), now);
        }
        return total;
    }

    double weight(Instant at, Instant now) {
        double ageDays = Math.max(0, Duration.between(at, now).toMinutes() / (60.0 * 24));
        return Math.pow(0.5, ageDays / halfLifeDays);
    }
}
