package org.relais.qa.domain;

import java.util.Comparator;
import java.util.List;

/**
 * Who might answer a new question. Three signals add up: expertise in the question's tags (one
 * point per 100 of score, at most 3), how much the question resembles questions whose accepted
 * answer the member wrote (up to 3 points for identical word sets), and, when the asker named a
 * place, closeness (1 point on the spot, falling to 0 at {@value #REACH_KM} km). A member with
 * neither expertise nor a similar answer is not proposed: being near is not enough to know.
 */
public final class ExpertRouting {
    public static final double REACH_KM = 100;
    public static final int DEFAULT_LIMIT = 5;

    private ExpertRouting() {}

    /**
     * @param tagScore sum of the member's expertise scores in the question's tags
     * @param similarity best Jaccard index between the question and the questions they answered
     *     with an accepted answer
     * @param distanceKm from the question's place to the nearest place they work at, or null
     */
    public record Candidate(long memberId, double tagScore, double similarity, Double distanceKm) {}

    public record Ranked(Candidate candidate, double score) {}

    public static List<Ranked> rank(List<Candidate> candidates, long askerId, int limit) {
        return candidates.stream()
                .filter(c -> c.memberId() != askerId)
                .filter(c -> c.tagScore() > 0 || c.similarity() > 0)
                .map(c -> new Ranked(c, score(c)))
                .sorted(
                        Comparator.comparingDouble(Ranked::score)
                                .reversed()
                                .thenComparingLong(r -> r.candidate().memberId()))
                .limit(limit)
                .toList();
    }

    static double score(Candidate c) {
        double expertise = Math.min(3, Math.max(0, c.tagScore()) / 100);
        double resemblance = 3 * c.similarity();
        double proximity = c.distanceKm() == null ? 0 : Math.max(0, 1 - c.distanceKm() / REACH_KM);
        return expertise + resemblance + proximity;
    }
}
