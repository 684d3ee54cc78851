package org.relais.qa.domain;

/**
 * Why a member's reputation moves, and by how much. Reputation measures how useful a member's
 * questions and answers have been to others; acceptances are not capped per day because each one
 * closes a real question.
 */
public enum ReputationReason {
    UPVOTED(10, true),
    DOWNVOTED(-2, true),
    ANSWER_ACCEPTED(15, false),
    ACCEPTED_AN_ANSWER(2, false);

    private final int points;
    private final boolean capped;

    ReputationReason(int points, boolean capped) {
        this.points = points;
        this.capped = capped;
    }

    public int points() {
        return points;
    }

    /** Whether gains of this kind count towards the daily cap. */
    public boolean capped() {
        return capped;
    }
}
