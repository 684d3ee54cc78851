package org.relais.forum.application;

import java.util.List;

/** A flagged post waiting for a moderator, with the reasons given. */
public record FlagReview(PostView post, String topicTitle, List<FlagView> flags) {
    /** One member's flag. */
    public record FlagView(long id, String flaggerName, String reason, String note) {}
}
