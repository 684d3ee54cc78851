package org.relais.qa.domain;

/**
 * At most {@code cap} points a day from votes, so that a burst of votes (a friend, a popular
 * thread) cannot buy privileges overnight. Losses and acceptances are never capped. What was really
 * granted is recorded, so reversing a vote takes back exactly that.
 */
public record DailyReputationCap(int cap) {
    public static final int DEFAULT = 200;

    public DailyReputationCap {
        if (cap < 0) {
            throw new IllegalArgumentException("negative cap");
        }
    }

    /**
     * @param reason why points are earned
     * @param earnedToday capped points already granted today
     * @return the points to grant now
     */
    public int grant(ReputationReason reason, int earnedToday) {
        int points = reason.points();
        if (!reason.capped() || points <= 0) {
            return points;
        }
        return Math.max(0, Math.min(points, cap - earnedToday));
    }
}
