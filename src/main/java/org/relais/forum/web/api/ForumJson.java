package org.relais.forum.web.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.relais.forum.application.CategoryView;
import org.relais.forum.application.FlagReview;
import org.relais.forum.application.PostView;
import org.relais.forum.application.RevisionView;
import org.relais.forum.application.TopicSummary;
import org.relais.platform.tags.TagRegistry.TagLabel;

/** The forum's JSON shapes: ids as strings, plain records. */
public final class ForumJson {
    private ForumJson() {}

    public record CategoryJson(
            String id,
            String name,
            String description,
            String colour,
            long topicCount,
            OffsetDateTime lastPostedAt) {
        static CategoryJson of(CategoryView c) {
            return new CategoryJson(
                    Long.toString(c.id()),
                    c.name(),
                    c.description(),
                    c.colour(),
                    c.topicCount(),
                    c.lastPostedAt());
        }
    }

    public record NewCategoryJson(
            String name, String description, String colour, Integer sortKey) {}

    public record TopicJson(
            String id,
            String categoryId,
            String categoryName,
            String title,
            List<String> tags,
            String authorId,
            String authorName,
            int replyCount,
            boolean pinned,
            boolean locked,
            OffsetDateTime createdAt,
            OffsetDateTime lastPostedAt) {
        static TopicJson of(TopicSummary t) {
            return new TopicJson(
                    Long.toString(t.id()),
                    Long.toString(t.categoryId()),
                    t.categoryName(),
                    t.title(),
                    t.tags().stream().map(TagLabel::slug).toList(),
                    idText(t.authorId()),
                    t.authorName(),
                    t.replyCount(),
                    t.pinned(),
                    t.locked(),
                    t.createdAt(),
                    t.lastPostedAt());
        }
    }

    public record NewTopicJson(String categoryId, String title, String body, List<String> tags) {}

    public record PostJson(
            String id,
            String topicId,
            int number,
            String authorId,
            String authorName,
            String html,
            String body,
            String quotePostId,
            OffsetDateTime createdAt,
            OffsetDateTime editedAt,
            boolean deleted,
            boolean hidden,
            boolean shown,
            String revision) {
        static PostJson of(PostView p) {
            return new PostJson(
                    Long.toString(p.id()),
                    Long.toString(p.topicId()),
                    p.number(),
                    idText(p.authorId()),
                    p.authorName(),
                    p.html(),
                    p.markdown(),
                    idText(p.quotePostId()),
                    p.createdAt(),
                    p.editedAt(),
                    p.deleted(),
                    p.hidden(),
                    p.shown(),
                    p.revision());
        }
    }

    public record NewPostJson(String body, String quotePostId) {}

    /** A new text for a post, with the {@code revision} it was written from (optional). */
    public record EditJson(String body, String revision) {}

    public record DiffLineJson(String op, String text) {}

    public record RevisionJson(
            String id,
            String editorId,
            String editorName,
            OffsetDateTime editedAt,
            String before,
            String after,
            List<DiffLineJson> diff) {
        static RevisionJson of(RevisionView r) {
            return new RevisionJson(
                    Long.toString(r.id()),
                    idText(r.editorId()),
                    r.editorName(),
                    r.editedAt(),
                    r.before(),
                    r.after(),
                    r.diff().stream().map(l -> new DiffLineJson(l.op().name(), l.text())).toList());
        }
    }

    public record WatchJson(String level) {}

    public record FlagJson(String reason, String note) {}

    public record ReviewJson(String outcome) {}

    public record ModerationJson(String action, String categoryId, String targetTopicId) {}

    public record SilenceJson(String memberId, Integer days, String reason) {}

    public record FlagReviewJson(PostJson post, String topicTitle, List<FlagEntryJson> flags) {
        static FlagReviewJson of(FlagReview r) {
            return new FlagReviewJson(
                    PostJson.of(r.post()),
                    r.topicTitle(),
                    r.flags().stream()
                            .map(
                                    f ->
                                            new FlagEntryJson(
                                                    Long.toString(f.id()),
                                                    f.flaggerName(),
                                                    f.reason(),
                                                    f.note()))
                            .toList());
        }
    }

    public record FlagEntryJson(String id, String flaggerName, String reason, String note) {}

    static String idText(Long id) {
        return id == null ? null : id.toString();
    }
}
