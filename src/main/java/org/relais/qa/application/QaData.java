package org.relais.qa.application;

import java.time.OffsetDateTime;
import java.util.List;

/** Q&A's section of a member's data export, as JSON-B writes it: ids as strings. */
public record QaData(
        List<QuestionData> questions,
        List<AnswerData> answers,
        List<VoteData> votes,
        ReputationData reputation,
        boolean routingOptIn,
        List<String> followedTags,
        List<SuggestionData> suggestedToAnswer,
        List<InvitationData> invitationsSent) {

    public record QuestionData(
            String id,
            String title,
            String markdown,
            List<String> tags,
            String placeId,
            int score,
            int answerCount,
            String acceptedAnswerId,
            String duplicateOf,
            OffsetDateTime createdAt,
            OffsetDateTime lastActivity,
            BountyData bounty,
            String url) {}

    /** Minutes offered on a question; OPEN (held), SETTLED (paid) or RELEASED (given back). */
    public record BountyData(int minutes, String status) {}

    public record AnswerData(
            String id,
            String questionId,
            String questionTitle,
            String markdown,
            int score,
            OffsetDateTime acceptedAt,
            OffsetDateTime createdAt,
            String url) {}

    /** A vote cast: on which post, UP or DOWN, when. */
    public record VoteData(
            String postType, String postId, String direction, OffsetDateTime votedAt, String url) {}

    public record ReputationData(int total, List<ReputationLine> lines) {}

    /** Points granted and why; the post that earned them, when the line names one. */
    public record ReputationLine(
            String reason,
            int points,
            OffsetDateTime createdAt,
            String postType,
            String postId,
            String url) {}

    /**
     * A question the member was proposed to answer: ROUTED by expertise or INVITED by the asker.
     */
    public record SuggestionData(
            String questionId,
            String questionTitle,
            String origin,
            boolean notified,
            OffsetDateTime createdAt,
            String url) {}

    /** A member the asker invited, named as the question's page names them. */
    public record InvitationData(
            String questionId, String memberName, OffsetDateTime createdAt, String url) {}
}
