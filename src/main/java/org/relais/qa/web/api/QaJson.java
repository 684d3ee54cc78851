package org.relais.qa.web.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.relais.qa.application.Expertise;
import org.relais.qa.application.QuestionView;

/** The wire shapes of Q&A (plain records: ids as strings). */
public final class QaJson {
    private QaJson() {}

    public record AskJson(
            String title, String body, List<String> tags, String placeId, Long bountyMinutes) {}

    public record AnswerBodyJson(String body) {}

    /** A question's new title, text and tags, with the {@code revision} they start from. */
    public record EditQuestionJson(String title, String body, List<String> tags, String revision) {}

    /** An answer's new text, with the {@code revision} it starts from (optional). */
    public record EditAnswerJson(String body, String revision) {}

    public record VoteJson(Integer value) {}

    public record VoteResultJson(int score, int value) {}

    public record AcceptJson(String answerId) {}

    public record InvitationJson(String memberId) {}

    public record DuplicateJson(String originalId) {}

    public record RoutingJson(Boolean routingOptIn) {}

    public record FollowJson(Boolean following) {}

    public record TagEditJson(String label, String description) {}

    public record SimilarJson(String id, String title, int answerCount, String url) {}

    public record AuthorJson(String id, String displayName) {}

    public record AnswerJson(
            String id,
            AuthorJson author,
            String body,
            String bodyHtml,
            int score,
            boolean accepted,
            OffsetDateTime createdAt,
            int myVote,
            String revision) {}

    public record SuggestedExpertJson(
            String memberId, String displayName, String origin, double score) {}

    public record QuestionJson(
            String id,
            String title,
            String body,
            String bodyHtml,
            List<String> tags,
            AuthorJson author,
            String placeId,
            int score,
            int answerCount,
            String acceptedAnswerId,
            String duplicateOf,
            OffsetDateTime createdAt,
            int myVote,
            List<AnswerJson> answers,
            List<SuggestedExpertJson> suggestedExperts,
            Integer bountyMinutes,
            String bountyStatus,
            String revision) {}

    public record PlaceRefJson(
            String id, String nom, String commune, Double latitude, Double longitude) {}

    public record ExpertJson(
            String memberId,
            String displayName,
            double score,
            String level,
            List<PlaceRefJson> places,
            Double distanceKm) {}

    public record TagExpertiseJson(String tag, double score, String level) {}

    public record ExpertiseJson(String memberId, int reputation, List<TagExpertiseJson> tags) {}

    public static QuestionJson of(QuestionView q) {
        return new QuestionJson(
                String.valueOf(q.id()),
                q.title(),
                q.bodySource(),
                q.bodyHtml(),
                q.tags(),
                new AuthorJson(String.valueOf(q.authorId()), q.authorName()),
                q.placeId(),
                q.score(),
                q.answerCount(),
                q.acceptedAnswerId() == null ? null : String.valueOf(q.acceptedAnswerId()),
                q.duplicateOf() == null ? null : String.valueOf(q.duplicateOf()),
                q.createdAt(),
                q.myVote(),
                q.answers().stream()
                        .map(
                                a ->
                                        new AnswerJson(
                                                String.valueOf(a.id()),
                                                new AuthorJson(
                                                        String.valueOf(a.authorId()),
                                                        a.authorName()),
                                                a.bodySource(),
                                                a.bodyHtml(),
                                                a.score(),
                                                a.accepted(),
                                                a.createdAt(),
                                                a.myVote(),
                                                a.revision()))
                        .toList(),
                q.suggestedExperts().stream()
                        .map(
                                s ->
                                        new SuggestedExpertJson(
                                                String.valueOf(s.memberId()),
                                                s.displayName(),
                                                s.origin(),
                                                s.score()))
                        .toList(),
                q.bounty() == null ? null : q.bounty().minutes(),
                q.bounty() == null ? null : q.bounty().status(),
                q.revision());
    }

    public static ExpertJson of(Expertise.Expert e) {
        return new ExpertJson(
                String.valueOf(e.memberId()),
                e.displayName(),
                e.score(),
                e.level().name(),
                e.places().stream()
                        .map(
                                p ->
                                        new PlaceRefJson(
                                                p.id(),
                                                p.nom(),
                                                p.commune(),
                                                p.latitude(),
                                                p.longitude()))
                        .toList(),
                e.distanceKm());
    }

    static long id(String raw, String field) {
        try {
            return Long.parseLong(raw == null ? "" : raw.strip());
        } catch (NumberFormatException e) {
            throw org.relais.platform.error.RuleViolation.of(field, "qa.id.invalid");
        }
    }
}
