package org.relais.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.relais.accounts.application.AccountService;
import org.relais.forum.application.ForumData.EditData;
import org.relais.forum.application.ForumData.FlagData;
import org.relais.forum.application.ForumData.PostData;
import org.relais.forum.application.ForumData.RevisionData;
import org.relais.forum.application.ForumData.SilenceData;
import org.relais.forum.application.ForumData.TopicData;
import org.relais.forum.application.ForumData.WatchData;
import org.relais.forum.application.ForumWatching.Subject;
import org.relais.forum.domain.Category;
import org.relais.forum.domain.Flag;
import org.relais.forum.domain.ForumRepository;
import org.relais.forum.domain.Post;
import org.relais.forum.domain.PostRevision;
import org.relais.forum.domain.Topic;
import org.relais.platform.notification.Subscription;
import org.relais.platform.notification.Subscriptions;
import org.relais.platform.personaldata.PersonalDataSection;

/**
 * The forum's part of a member's data export: the topics they opened, their posts in full with the
 * history of each, the edits they made to others' posts, the flags they raised, what they watch,
 * and a silence imposed on them. Flags raised on their posts are left out, since who flagged is the
 * flagger's data; so are the moderators' identities, which the forum never shows to members.
 */
@ApplicationScoped
public class ForumPersonalData implements PersonalDataSection {
    @Inject ForumRepository forum;
    @Inject Subscriptions subscriptions;
    @Inject AccountService accounts;

    @Override
    public String name() {
        return "forum";
    }

    @Override
    public ForumData of(long memberId) {
        List<Topic> opened = forum.topicsBy(memberId);
        List<Post> posts = forum.postsBy(memberId);
        List<PostRevision> edits = forum.editsOfOthersPostsBy(memberId);
        List<Flag> flags = forum.flagsBy(memberId);
        List<Subscription> watched =
                subscriptions.of(memberId).stream().filter(s -> subject(s).isPresent()).toList();

        Map<Long, Long> topicOfPost =
                topicsOfPosts(
                        Stream.concat(
                                edits.stream().map(PostRevision::postId),
                                flags.stream().map(Flag::postId)));
        Map<Long, Topic> topics =
                topics(
                        opened,
                        Stream.of(
                                        posts.stream().map(Post::topicId),
                                        topicOfPost.values().stream(),
                                        watchedKeys(watched, Subject.TOPIC))
                                .flatMap(Function.identity()));
        Map<Long, String> categories =
                forum.categories().stream().collect(Collectors.toMap(Category::id, Category::name));

        return new ForumData(
                opened.stream().map(t -> topic(t, categories)).toList(),
                posts(posts, forum.revisionsOfPostsBy(memberId), topics),
                edits.stream().map(r -> edit(r, topicOfPost.get(r.postId()))).toList(),
                flags.stream().map(f -> flag(f, topicOfPost.get(f.postId()))).toList(),
                watched.stream().map(s -> watch(s, categories, topics)).toList(),
                forum.findSilence(memberId)
                        .map(s -> new SilenceData(s.createdAt(), s.until(), s.reason()))
                        .orElse(null));
    }

    /** The topic of each of these posts, in one query. */
    private Map<Long, Long> topicsOfPosts(Stream<Long> postIds) {
        return forum.postsByIds(ids(postIds)).stream()
                .collect(Collectors.toMap(Post::id, Post::topicId));
    }

    /** The topics the member opened and those they refer to otherwise, by id. */
    private Map<Long, Topic> topics(List<Topic> opened, Stream<Long> referenced) {
        Map<Long, Topic> topics = new HashMap<>();
        opened.forEach(t -> topics.put(t.id(), t));
        forum.topicsByIds(ids(referenced.filter(id -> !topics.containsKey(id))))
                .forEach(t -> topics.put(t.id(), t));
        return topics;
    }

    private List<PostData> posts(
            List<Post> posts, List<PostRevision> revisions, Map<Long, Topic> topics) {
        Map<Long, String> editors =
                accounts.displayNames(
                        revisions.stream()
                                .map(PostRevision::editorId)
                                .filter(Objects::nonNull)
                                .collect(Collectors.toSet()));
        Map<Long, List<RevisionData>> history =
                revisions.stream()
                        .collect(
                                Collectors.groupingBy(
                                        PostRevision::postId,
                                        Collectors.mapping(
                                                r ->
                                                        new RevisionData(
                                                                r.editedAt(),
                                                                editors.get(r.editorId()),
                                                                r.before(),
                                                                r.after()),
                                                Collectors.toList())));
        return posts.stream()
                .map(
                        p ->
                                new PostData(
                                        id(p.id()),
                                        id(p.topicId()),
                                        title(topics.get(p.topicId())),
                                        p.number(),
                                        p.bodyMarkdown(),
                                        id(p.quotePostId()),
                                        p.createdAt(),
                                        p.editedAt(),
                                        p.deletedAt(),
                                        p.hidden(),
                                        postUrl(p.topicId(), p.id()),
                                        history.getOrDefault(p.id(), List.of())))
                .toList();
    }

    private static TopicData topic(Topic t, Map<Long, String> categories) {
        return new TopicData(
                id(t.id()),
                t.title(),
                id(t.categoryId()),
                categories.get(t.categoryId()),
                t.tags(),
                t.createdAt(),
                t.pinned(),
                t.locked(),
                id(t.mergedIntoId()),
                "/forum/sujets/" + t.id());
    }

    private static EditData edit(PostRevision r, long topicId) {
        return new EditData(
                id(r.postId()), id(topicId), r.editedAt(), postUrl(topicId, r.postId()));
    }

    private static FlagData flag(Flag f, long topicId) {
        return new FlagData(
                id(f.postId()),
                id(topicId),
                f.reason().name(),
                f.note(),
                f.createdAt(),
                f.reviewedAt(),
                f.outcome() == null ? null : f.outcome().name(),
                postUrl(topicId, f.postId()));
    }

    private static WatchData watch(
            Subscription s, Map<Long, String> categories, Map<Long, Topic> topics) {
        Subject subject = subject(s).orElseThrow();
        String key = s.subjectKey();
        String name =
                switch (subject) {
                    case CATEGORY -> categories.get(parse(key));
                    case TOPIC -> title(topics.get(parse(key)));
                    case TAG -> key;
                };
        String path =
                switch (subject) {
                    case CATEGORY -> "/forum/categories/";
                    case TOPIC -> "/forum/sujets/";
                    case TAG -> "/forum/etiquettes/";
                };
        return new WatchData(subject.name(), key, name, s.level().name(), path + key);
    }

    private static Optional<Subject> subject(Subscription s) {
        return Arrays.stream(Subject.values())
                .filter(subject -> subject.type().equals(s.subjectType()))
                .findFirst();
    }

    private static Stream<Long> watchedKeys(List<Subscription> watched, Subject subject) {
        return watched.stream()
                .filter(s -> subject(s).orElseThrow() == subject)
                .map(s -> parse(s.subjectKey()))
                .filter(Objects::nonNull);
    }

    private static Long parse(String key) {
        try {
            return Long.valueOf(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Set<Long> ids(Stream<Long> ids) {
        return ids.collect(Collectors.toSet());
    }

    private static String title(Topic topic) {
        return topic == null ? null : topic.title();
    }

    private static String postUrl(long topicId, long postId) {
        return "/forum/sujets/" + topicId + "#message-" + postId;
    }

    private static String id(Long id) {
        return id == null ? null : id.toString();
    }
}
