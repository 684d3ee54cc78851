package org.relais.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relais.accounts.application.AccountService;
import org.relais.forum.domain.Category;
import org.relais.forum.domain.ForumRepository;
import org.relais.forum.domain.Post;
import org.relais.forum.domain.Topic;
import org.relais.platform.outbox.EntityIds;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.outbox.Searchable;
import org.relais.platform.text.PlainText;

/**
 * What search indexes of the forum: topics (title and opening post) and visible posts, their text
 * as plain text (the rendered HTML without its markup, so "**avec**" is found as "avec").
 */
public final class ForumSearch {
    private ForumSearch() {}

    /** Topics, by id; merged topics are gone from the index. */
    @ApplicationScoped
    public static class Topics implements Searchable {
        @Inject ForumRepository forum;
        @Inject AccountService accounts;
        @Inject EntityIds entityIds;

        @Override
        public String entityType() {
            return ForumService.TOPIC_TYPE;
        }

        @Override
        public List<String> ids(String afterId, int limit) {
            return entityIds.after(Topic.class, afterId, limit);
        }

        @Override
        public long count() {
            return entityIds.count(Topic.class);
        }

        @Override
        public Optional<Document> document(String entityId) {
            return parse(entityId)
                    .flatMap(forum::findTopic)
                    .filter(t -> t.mergedIntoId() == null)
                    .map(this::document);
        }

        private Document document(Topic topic) {
            String body =
                    forum.posts(topic.id(), 1, 1).stream()
                            .filter(Post::isVisible)
                            .map(p -> PlainText.ofHtml(p.bodyHtml()))
                            .findFirst()
                            .orElse("");
            String category = forum.findCategory(topic.categoryId()).map(Category::name).orElse("");
            return new Document(
                    topic.id().toString(),
                    ForumService.TOPIC_TYPE,
                    topic.title(),
                    body,
                    new LinkedHashSet<>(topic.tags()),
                    null,
                    author(accounts, topic.authorId()),
                    topic.lastPostedAt(),
                    "public",
                    "/forum/sujets/" + topic.id(),
                    Map.of("category", category));
        }
    }

    /**
     * Replies, by id; deleted and hidden ones are gone from the index. A topic's opening post is
     * not a document of its own: it is the topic document's body, and the same text twice made
     * every search show the topic and its opening post as two identical hits.
     */
    @ApplicationScoped
    public static class Posts implements Searchable {
        @Inject ForumRepository forum;
        @Inject AccountService accounts;
        @Inject EntityIds entityIds;

        @Override
        public String entityType() {
            return ForumService.POST_TYPE;
        }

        @Override
        public List<String> ids(String afterId, int limit) {
            return entityIds.after(Post.class, afterId, limit);
        }

        @Override
        public long count() {
            return entityIds.count(Post.class);
        }

        @Override
        public Optional<Document> document(String entityId) {
            return parse(entityId)
                    .flatMap(forum::findPost)
                    .filter(post -> post.isVisible() && post.number() > 1)
                    .flatMap(
                            post ->
                                    forum.findTopic(post.topicId())
                                            .filter(t -> t.mergedIntoId() == null)
                                            .map(topic -> document(post, topic)));
        }

        private Document document(Post post, Topic topic) {
            Set<String> tags = new LinkedHashSet<>(topic.tags());
            return new Document(
                    post.id().toString(),
                    ForumService.POST_TYPE,
                    topic.title(),
                    PlainText.ofHtml(post.bodyHtml()),
                    tags,
                    null,
                    author(accounts, post.authorId()),
                    post.createdAt(),
                    "public",
                    "/forum/sujets/"
                            + topic.id()
                            + "?page="
                            + ((post.number() - 1) / ForumService.PAGE_SIZE + 1)
                            + "#message-"
                            + post.id(),
                    Map.of("topic", topic.id().toString()));
        }
    }

    /**
     * Tells the outbox a post changed, and its topic too when it is the opening post, which the
     * topic's document holds.
     */
    static void postChanged(SearchOutbox outbox, Post post) {
        outbox.changed(ForumService.POST_TYPE, post.id());
        if (post.number() == 1) {
            outbox.changed(ForumService.TOPIC_TYPE, post.topicId());
        }
    }

    /** Tells the outbox a post is gone, and re-indexes its topic when it was the opening post. */
    static void postRemoved(SearchOutbox outbox, Post post) {
        outbox.removed(ForumService.POST_TYPE, post.id());
        if (post.number() == 1) {
            outbox.changed(ForumService.TOPIC_TYPE, post.topicId());
        }
    }

    static String author(AccountService accounts, Long id) {
        return id == null ? "" : accounts.displayNames(Set.of(id)).getOrDefault(id, "");
    }

    static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
