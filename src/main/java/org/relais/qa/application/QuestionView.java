package org.relais.qa.application;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.relais.platform.validation.Revision;

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

    /** What the edit form and the API hand back, so that an edit made in between is kept. */
    public String revision() {
        return revisionOf(title, bodySource, tags);
    }

    /** A question's revision: its title, its Markdown and its tags' slugs, in any order. */
    public static String revisionOf(String title, String bodySource, Collection<String> tags) {
        return Revision.of(title, bodySource, tags.stream().sorted().toList());
    }

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
            int myVote) {
        /** As {@link QuestionView#revision()}, for the answer's Markdown. */
        public String revision() {
            return Revision.of(bodySource);
        }
    }

    /** A member proposed to answer: by routing or by the asker's invitation. */
    public record SuggestedExpert(long memberId, String displayName, String origin, double score) {}
}
