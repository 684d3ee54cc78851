package org.relais.qa.application;

import java.time.OffsetDateTime;
import java.util.List;

/** A question as pages and the API show it; answers and suggestions only on its own page. */
public record QuestionView(
        long id,
        String title,
        String bodySource,
        String bodyHtml,
        List<String> tags,
        long authorId,
        String authorName,
        String placeId,
        int score,
        int answerCount,
        Long acceptedAnswerId,
        Long duplicateOf,
        OffsetDateTime createdAt,
        int myVote,
        List<AnswerView> answers,
        List<SuggestedExpert> suggestedExperts,
        Bounty bounty) {

    /**
     * Hours offered to the accepted answer.
     *
     * @param status OPEN (held), SETTLED (paid to the accepted answer), RELEASED (given back)
     * @param amount the minutes as pages say them, "1 h 30"
     */
    public record Bounty(int minutes, String amount, String status) {}

    public record AnswerView(
            long id,
            long authorId,
            String authorName,
            String bodySource,
            String bodyHtml,
            int score,
            boolean accepted,
            OffsetDateTime createdAt,
            int myVote) {}

    /** A member proposed to answer: by routing or by the asker's invitation. */
    public record SuggestedExpert(long memberId, String displayName, String origin, double score) {}
}
