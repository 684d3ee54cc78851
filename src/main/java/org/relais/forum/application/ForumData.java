package org.relais.forum.application;

import java.time.OffsetDateTime;
import java.util.List;

/** The forum's section of a member's data export, as JSON-B writes it: ids as strings. */
public record ForumData(
        List<TopicData> topics,
        List<PostData> posts,
        List<EditData> editsOfOthersPosts,
        List<FlagData> flags,
        List<WatchData> watches,
        SilenceData silence) {

    public record TopicData(
            String id,
            String title,
            String categoryId,
            String categoryName,
            List<String> tags,
            OffsetDateTime createdAt,
            boolean pinned,
            boolean locked,
            String mergedIntoId,
            String url) {}

    /** A post with every edit of it, the member's own and moderators'. */
    public record PostData(
            String id,
            String topicId,
            String topicTitle,
            int number,
            String markdown,
            String quotePostId,
            OffsetDateTime createdAt,
            OffsetDateTime editedAt,
            OffsetDateTime deletedAt,
            boolean hidden,
            String url,
            List<RevisionData> revisions) {}

    /** One edit, named as the post's public history names it. */
    public record RevisionData(
            OffsetDateTime editedAt, String editorName, String before, String after) {}

    /** An edit of someone else's post: where and when, not their text. */
    public record EditData(String postId, String topicId, OffsetDateTime editedAt, String url) {}

    public record FlagData(
            String postId,
            String topicId,
            String reason,
            String note,
            OffsetDateTime createdAt,
            OffsetDateTime reviewedAt,
            String outcome,
            String url) {}

    /** A watch level on a category, a topic or a tag; {@code name} as the forum shows it. */
    public record WatchData(String subject, String key, String name, String level, String url) {}

    public record SilenceData(OffsetDateTime since, OffsetDateTime until, String reason) {}
}
