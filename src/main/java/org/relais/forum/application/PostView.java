package org.relais.forum.application;

import java.time.OffsetDateTime;
import org.relais.platform.validation.Revision;

/**
 * A post as one visitor sees it. A deleted or hidden post keeps its place in the topic but shows
 * its text only to those allowed to see it: {@code shown} is false and the text empty otherwise.
 */
public record PostView(
        long id,
        long topicId,
        int number,
        Long authorId,
        String authorName,
        String html,
        String markdown,
        Long quotePostId,
        OffsetDateTime createdAt,
        OffsetDateTime editedAt,
        boolean deleted,
        boolean hidden,
        boolean shown,
        boolean mayEdit) {
    /** What an edit form hands back, so that an edit made in between is not overwritten. */
    public String revision() {
        return Revision.of(markdown);
    }
}
