package org.relais.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relais.accounts.application.AccountService;
import org.relais.forum.domain.Category;
import org.relais.forum.domain.ForumRepository;
import org.relais.forum.domain.LineDiff;
import org.relais.forum.domain.Post;
import org.relais.forum.domain.PostRevision;
import org.relais.forum.domain.Topic;
import org.relais.forum.domain.TopicSort;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.markdown.RenderedMarkdown;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;
import org.relais.platform.tags.TagRegistry;
import org.relais.platform.tags.TagView;
import org.relais.platform.validation.Revision;

/**
 * The forum's use cases: categories, topics, replies with quotes and mentions, edits with their
 * history and soft deletion. Who may post and how much lives in {@link ForumPostingRules},
 * moderation in {@link ForumModeration}, notifications in {@link ForumNotifier}.
 */
@ApplicationScoped
public class ForumService {
    public static final String TOPIC_TYPE = "forum.topic";
    public static final String POST_TYPE = "forum.post";
    public static final int PAGE_SIZE = 20;

    @Inject ForumRepository forum;
    @Inject AccountService accounts;
    @Inject TagRegistry tags;
    @Inject SearchOutbox outbox;
    @Inject ForumNotifier notifier;
    @Inject ForumPostingRules posting;
    @Inject Clock clock;

    // ---- categories

    public List<CategoryView> categories() {
        Map<Long, ForumRepository.Activity> activity = forum.activityByCategory();
        return forum.categories().stream().map(c -> view(c, activity.get(c.id()))).toList();
    }

    public CategoryView category(long id) {
        Category category = requireCategory(id);
        return view(category, forum.activityByCategory().get(id));
    }

    @Transactional
    public CategoryView createCategory(Caller caller, NewCategory command) {
        if (!caller.hasRole(Caller.ADMIN)) {
            throw new AccessDeniedException("error.403");
        }
        String name = strip(command.name());
        if (name.isEmpty() || name.length() > Category.NAME_MAX) {
            throw RuleViolation.of("name", "forum.category.name.length", Category.NAME_MAX);
        }
        String description = strip(command.description());
        if (description.length() > Category.DESCRIPTION_MAX) {
            throw RuleViolation.of(
                    "description", "forum.category.description.length", Category.DESCRIPTION_MAX);
        }
        String colour =
                command.colour() == null || command.colour().isBlank()
                        ? "#3b6ea5"
                        : command.colour().strip();
        if (!Category.COLOUR.matcher(colour).matches()) {
            throw RuleViolation.of("colour", "forum.category.colour.invalid");
        }
        if (forum.categoryNamed(name)) {
            throw new ConflictException("forum.category.duplicate", name);
        }
        Category category =
                new Category(
                        name,
                        description,
                        colour,
                        command.sortKey() == null ? forum.categories().size() : command.sortKey(),
                        now());
        forum.store(category);
        return view(category, null);
    }

    // ---- topics

    /** A page of topics, with the total, for a category or the whole forum. */
    public record TopicList(List<TopicSummary> items, long total) {}

    public TopicList topics(Long categoryId, String tag, TopicSort sort, PageRequest page) {
        if (categoryId != null) {
            requireCategory(categoryId);
        }
        String slug = tag == null || tag.isBlank() ? null : tag.strip();
        List<Topic> topics = forum.topics(categoryId, slug, sort, page.offset(), page.size());
        long total = forum.countTopics(categoryId, slug, sort);
        Map<Long, Category> categories = new java.util.HashMap<>();
        forum.categories().forEach(c -> categories.put(c.id(), c));
        Set<Long> people = new HashSet<>();
        topics.forEach(
                t -> {
                    addIfPresent(people, t.authorId());
                    addIfPresent(people, t.lastPosterId());
                });
        Map<Long, String> names = accounts.displayNames(people);
        tags.labels(topics.stream().flatMap(t -> t.tags().stream()).distinct().toList());
        return new TopicList(
                topics.stream()
                        .map(t -> summary(t, categories.get(t.categoryId()), names))
                        .toList(),
                total);
    }

    @Transactional
    public TopicSummary startTopic(Caller caller, NewTopic command) {
        boolean newMember = posting.ensureMayPost(caller, true);
        if (command.categoryId() == null) {
            throw RuleViolation.of("categoryId", "forum.category.required");
        }
        Category category =
                forum.findCategory(command.categoryId())
                        .orElseThrow(
                                () -> RuleViolation.of("categoryId", "forum.category.required"));
        String title = strip(command.title());
        if (title.length() < Topic.TITLE_MIN || title.length() > Topic.TITLE_MAX) {
            throw RuleViolation.of("title", "forum.title.length", Topic.TITLE_MIN, Topic.TITLE_MAX);
        }
        RenderedMarkdown body = posting.render(command.body(), newMember);
        List<TagView> resolved = tags.resolve(command.tags(), caller, 0, Topic.TAGS_MAX);
        posting.throttle(caller, "forum-topic");
        Topic topic =
                new Topic(
                        category.id(),
                        title,
                        caller.accountId(),
                        resolved.stream().map(TagView::slug).toList(),
                        now());
        forum.store(topic);
        Post first =
                new Post(
                        topic.id(),
                        topic.addPost(caller.accountId(), now()),
                        caller.accountId(),
                        null,
                        body.source(),
                        body.html(),
                        now());
        forum.store(first);
        outbox.changed(TOPIC_TYPE, topic.id());
        outbox.changed(POST_TYPE, first.id());
        notifier.posted(caller, topic, first, null);
        return summary(topic, category, Map.of(caller.accountId(), caller.displayName()));
    }

    /** A topic with one page of posts, as the visitor may see them: at most three queries. */
    public TopicDetail topic(long id, Optional<Caller> viewer, PageRequest page) {
        ForumRepository.TopicInCategory found =
                forum.findTopicInCategory(id)
                        .orElseThrow(() -> new NotFoundException("forum.topic.not-found"));
        Topic topic = found.topic();
        if (topic.mergedIntoId() != null) {
            throw new MergedTopicException(topic.mergedIntoId());
        }
        int from = page.offset() + 1;
        List<Post> posts = forum.posts(id, from, from + page.size() - 1);
        Set<Long> people = new HashSet<>();
        addIfPresent(people, topic.authorId());
        addIfPresent(people, topic.lastPosterId());
        posts.forEach(p -> addIfPresent(people, p.authorId()));
        Map<Long, String> names = accounts.displayNames(people);
        boolean moderator = viewer.map(ForumService::isModerator).orElse(false);
        return new TopicDetail(
                summary(topic, found.category(), names),
                posts.stream().map(p -> view(p, viewer, names)).toList(),
                topic.postCount(),
                page.page(),
                page.size(),
                page.pageCount(topic.postCount()),
                viewer.isPresent() && (!topic.locked() || moderator),
                moderator);
    }

    /** Raised when a visitor opens a topic merged into another: pages redirect to it. */
    public static class MergedTopicException extends NotFoundException {
        private static final long serialVersionUID = 1L;
        private final long target;

        public MergedTopicException(long target) {
            super("forum.topic.merged");
            this.target = target;
        }

        public long target() {
            return target;
        }
    }

    @Transactional
    public PostView reply(Caller caller, long topicId, String body, Long quotePostId) {
        Topic topic = requireTopic(topicId);
        if (topic.locked() && !isModerator(caller)) {
            throw new AccessDeniedException("forum.topic.locked");
        }
        boolean newMember = posting.ensureMayPost(caller, false);
        Post quoted = null;
        String text = body == null ? "" : body;
        if (quotePostId != null) {
            quoted =
                    forum.findPost(quotePostId)
                            .filter(p -> mayRead(p, Optional.of(caller)))
                            .orElseThrow(
                                    () -> RuleViolation.of("quotePostId", "forum.quote.unknown"));
            String header = quoteHeader(quoted);
            if (!text.contains(header)) {
                text = quote(quoted, header) + text;
            }
        }
        RenderedMarkdown rendered = posting.render(text, newMember);
        posting.throttle(caller, "forum-post");
        Post post =
                new Post(
                        topic.id(),
                        topic.addPost(caller.accountId(), now()),
                        caller.accountId(),
                        quoted == null ? null : quoted.id(),
                        rendered.source(),
                        rendered.html(),
                        now());
        forum.store(post);
        outbox.changed(TOPIC_TYPE, topic.id());
        outbox.changed(POST_TYPE, post.id());
        notifier.posted(caller, topic, post, quoted);
        return view(post, Optional.of(caller), Map.of(caller.accountId(), caller.displayName()));
    }

    /** The Markdown quote of a post, to pre-fill a reply form ("Citer"). */
    public String quoteFor(long postId, Optional<Caller> viewer) {
        Post post =
                forum.findPost(postId)
                        .filter(p -> mayRead(p, viewer))
                        .orElseThrow(() -> new NotFoundException("forum.post.not-found"));
        return quote(post, quoteHeader(post));
    }

    /**
     * Replaces a post's text, keeping the former one in its history. {@code seenRevision} is the
     * {@link PostView#revision()} the editor started from: if the post changed since, the edit is
     * an {@link org.relais.platform.error.EditConflict} (none given: the edit overwrites).
     */
    @Transactional
    public PostView edit(Caller caller, long postId, String body, String seenRevision) {
        Post post = requirePost(postId);
        ensureMayChange(caller, post);
        Topic topic = requireTopic(post.topicId());
        if (topic.locked() && !isModerator(caller)) {
            throw new AccessDeniedException("forum.topic.locked");
        }
        Revision.check(seenRevision, Revision.of(post.bodyMarkdown()));
        RenderedMarkdown rendered = posting.render(body, posting.isNewMember(caller));
        String before = post.bodyMarkdown();
        if (!rendered.source().equals(before)) {
            PostRevision revision =
                    post.edit(caller.accountId(), rendered.source(), rendered.html(), now());
            forum.store(revision);
            ForumSearch.postChanged(outbox, post);
            notifier.edited(caller, topic, post, before);
        }
        return view(
                post,
                Optional.of(caller),
                accounts.displayNames(
                        post.authorId() == null ? Set.of() : Set.of(post.authorId())));
    }

    /** Soft deletion: the post keeps its place, others see "message supprimé". */
    @Transactional
    public void delete(Caller caller, long postId) {
        Post post = requirePost(postId);
        ensureMayChange(caller, post);
        post.delete(now());
        outbox.removed(POST_TYPE, post.id());
        outbox.changed(TOPIC_TYPE, post.topicId());
    }

    public PostView post(long postId, Optional<Caller> viewer) {
        Post post = requirePost(postId);
        return view(
                post,
                viewer,
                accounts.displayNames(
                        post.authorId() == null ? Set.of() : Set.of(post.authorId())));
    }

    /** The edits of a post, oldest first, for whoever may read it. */
    public List<RevisionView> revisions(long postId, Optional<Caller> viewer) {
        Post post =
                forum.findPost(postId)
                        .filter(p -> mayRead(p, viewer))
                        .orElseThrow(() -> new NotFoundException("forum.post.not-found"));
        List<PostRevision> revisions = forum.revisions(post.id());
        Set<Long> editors = new HashSet<>();
        revisions.forEach(r -> addIfPresent(editors, r.editorId()));
        Map<Long, String> names = accounts.displayNames(editors);
        return revisions.stream()
                .map(
                        r ->
                                new RevisionView(
                                        r.id(),
                                        r.editorId(),
                                        nameOf(names, r.editorId()),
                                        r.editedAt(),
                                        r.before(),
                                        r.after(),
                                        LineDiff.between(r.before(), r.after())))
                .toList();
    }

    // ---- rules

    public static boolean isModerator(Caller caller) {
        return caller.hasRole(Caller.MODERATOR) || caller.hasRole(Caller.ADMIN);
    }

    boolean mayRead(Post post, Optional<Caller> viewer) {
        if (viewer.map(ForumService::isModerator).orElse(false)) {
            return true;
        }
        if (post.deleted()) {
            return false;
        }
        return !post.hidden() || viewer.map(c -> post.isAuthor(c.accountId())).orElse(false);
    }

    private void ensureMayChange(Caller caller, Post post) {
        if (!post.isAuthor(caller.accountId()) && !isModerator(caller)) {
            throw new AccessDeniedException("forum.post.not-yours");
        }
        if (post.deleted()) {
            throw new ConflictException("forum.post.deleted");
        }
    }

    // ---- helpers

    Topic requireTopic(long id) {
        return forum.findTopic(id)
                .filter(t -> t.mergedIntoId() == null)
                .orElseThrow(() -> new NotFoundException("forum.topic.not-found"));
    }

    Post requirePost(long id) {
        return forum.findPost(id).orElseThrow(() -> new NotFoundException("forum.post.not-found"));
    }

    Category requireCategory(long id) {
        return forum.findCategory(id)
                .orElseThrow(() -> new NotFoundException("forum.category.not-found"));
    }

    private String quoteHeader(Post post) {
        String name =
                post.authorId() == null
                        ? "?"
                        : accounts.displayNames(Set.of(post.authorId()))
                                .getOrDefault(post.authorId(), "?");
        return "> **" + name + "** a écrit :";
    }

    private static String quote(Post post, String header) {
        StringBuilder quote = new StringBuilder(header).append('\n');
        for (String line : post.bodyMarkdown().strip().split("\r?\n")) {
            quote.append("> ").append(line).append('\n');
        }
        return quote.append('\n').toString();
    }

    PostView view(Post post, Optional<Caller> viewer, Map<Long, String> names) {
        boolean shown = mayRead(post, viewer);
        boolean mayEdit =
                viewer.map(c -> !post.deleted() && (post.isAuthor(c.accountId()) || isModerator(c)))
                        .orElse(false);
        return new PostView(
                post.id(),
                post.topicId(),
                post.number(),
                post.authorId(),
                nameOf(names, post.authorId()),
                shown ? post.bodyHtml() : "",
                shown ? post.bodyMarkdown() : "",
                post.quotePostId(),
                post.createdAt(),
                post.editedAt(),
                post.deleted(),
                post.hidden(),
                shown,
                mayEdit);
    }

    TopicSummary summary(Topic topic, Category category, Map<Long, String> names) {
        return new TopicSummary(
                topic.id(),
                topic.categoryId(),
                category == null ? "" : category.name(),
                category == null ? "" : category.colour(),
                topic.title(),
                tags.labels(topic.tags()),
                topic.authorId(),
                nameOf(names, topic.authorId()),
                topic.replyCount(),
                topic.pinned(),
                topic.locked(),
                topic.createdAt(),
                topic.lastPostedAt(),
                nameOf(names, topic.lastPosterId()));
    }

    private static CategoryView view(Category category, ForumRepository.Activity activity) {
        return new CategoryView(
                category.id(),
                category.name(),
                category.description(),
                category.colour(),
                activity == null ? 0 : activity.topics(),
                activity == null ? null : activity.lastPostedAt());
    }

    static String nameOf(Map<Long, String> names, Long id) {
        return id == null ? "" : names.getOrDefault(id, "");
    }

    private static void addIfPresent(Collection<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
