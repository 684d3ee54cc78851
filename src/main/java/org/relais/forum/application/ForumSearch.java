package org.relais.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
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
            return documents(List.of(entityId)).get(0);
        }

        /** A page of topics in four queries: topics, opening posts, authors, categories. */
        @Override
        public List<Optional<Document>> documents(List<String> ids) {
            Map<Long, Topic> topics =
                    EntityIds.byKey(forum.topicsByIds(EntityIds.numeric(ids)), Topic::id);
            topics.values().removeIf(t -> t.mergedIntoId() != null);
            Map<Long, Post> openings =
                    EntityIds.byKey(forum.openingPosts(topics.keySet()), Post::topicId);
            Map<Long, String> authors =
                    accounts.displayNames(EntityIds.distinct(topics.values(), Topic::authorId));
            Map<Long, String> categories = new HashMap<>();
            return ids.stream()
                    .map(id -> parse(id).map(topics::get))
                    .map(
                            topic ->
                                    topic.map(
                                            t ->
                                                    document(
                                                            t,
                                                            openings.get(t.id()),
                                                            authors,
                                                            categories.computeIfAbsent(
                                                                    t.categoryId(),
                                                                    this::categoryName))))
                    .toList();
        }

        private String categoryName(long id) {
            return forum.findCategory(id).map(Category::name).orElse("");
        }

        private Document document(
                Topic topic, Post opening, Map<Long, String> authors, String category) {
            String body =
                    opening != null && opening.isVisible()
                            ? PlainText.ofHtml(opening.bodyHtml())
                            : "";
            return new Document(
                    topic.id().toString(),
                    ForumService.TOPIC_TYPE,
                    topic.title(),
                    body,
                    new LinkedHashSet<>(topic.tags()),
                    null,
                    authors.getOrDefault(topic.authorId(), ""),
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
            return documents(List.of(entityId)).get(0);
        }

        /** A page of replies in three queries: posts, their topics, authors. */
        @Override
        public List<Optional<Document>> documents(List<String> ids) {
            Map<Long, Post> posts =
                    EntityIds.byKey(forum.postsByIds(EntityIds.numeric(ids)), Post::id);
            posts.values().removeIf(post -> !post.isVisible() || post.number() <= 1);
            Map<Long, Topic> topics =
                    EntityIds.byKey(
                            forum.topicsByIds(EntityIds.distinct(posts.values(), Post::topicId)),
                            Topic::id);
            topics.values().removeIf(t -> t.mergedIntoId() != null);
            Map<Long, String> authors =
                    accounts.displayNames(EntityIds.distinct(posts.values(), Post::authorId));
            return ids.stream()
                    .map(id -> parse(id).map(posts::get))
                    .map(
                            post ->
                                    post.flatMap(
                                            p ->
                                                    Optional.ofNullable(topics.get(p.topicId()))
                                                            .map(
                                                                    topic ->
                                                                            document(
                                                                                    p, topic,
                                                                                    authors))))
                    .toList();
        }

        private Document document(Post post, Topic topic, Map<Long, String> authors) {
            Set<String> tags = new LinkedHashSet<>(topic.tags());
            return new Document(
                    post.id().toString(),
                    ForumService.POST_TYPE,
                    topic.title(),
                    PlainText.ofHtml(post.bodyHtml()),
                    tags,
                    null,
                    authors.getOrDefault(post.authorId(), ""),
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

    static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
