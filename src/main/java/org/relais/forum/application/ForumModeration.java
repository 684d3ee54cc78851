package org.relais.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relais.accounts.application.AccountService;
import org.relais.forum.domain.Flag;
import org.relais.forum.domain.ForumRepository;
import org.relais.forum.domain.ForumRules;
import org.relais.forum.domain.Post;
import org.relais.forum.domain.Silence;
import org.relais.forum.domain.Topic;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.security.Caller;

/**
 * Keeping the forum healthy: members flag posts, three flags hide a post until a moderator reviews
 * it; moderators lock, pin, move and merge topics and silence members for a while.
 */
@ApplicationScoped
public class ForumModeration {
    public static final int SILENCE_MAX_DAYS = 365;

    @Inject ForumRepository forum;
    @Inject ForumService service;
    @Inject AccountService accounts;
    @Inject SearchOutbox outbox;
    @Inject Clock clock;

    /** What a moderator can do to a topic. */
    public enum TopicAction {
        LOCK,
        UNLOCK,
        PIN,
        UNPIN,
        MOVE,
        MERGE
    }

    @Transactional
    public void flag(Caller caller, long postId, String reason, String note) {
        Post post =
                forum.findPost(postId)
                        .filter(p -> service.mayRead(p, Optional.of(caller)))
                        .orElseThrow(() -> new NotFoundException("forum.post.not-found"));
        Flag.Reason why = parseReason(reason);
        String text = note == null ? "" : note.strip();
        if (text.length() > Flag.NOTE_MAX) {
            throw RuleViolation.of("note", "forum.flag.note.length", Flag.NOTE_MAX);
        }
        if (why == Flag.Reason.OTHER && text.isEmpty()) {
            throw RuleViolation.of("note", "forum.flag.note.required");
        }
        if (post.isAuthor(caller.accountId())) {
            throw RuleViolation.of("reason", "forum.flag.own");
        }
        if (forum.hasFlagged(postId, caller.accountId())) {
            throw new ConflictException("forum.flag.twice");
        }
        forum.store(new Flag(postId, caller.accountId(), why, text, now()));
        if (!post.hidden() && forum.countOpenFlags(postId) >= ForumRules.FLAGS_TO_HIDE) {
            post.hide();
            outbox.removed(ForumService.POST_TYPE, post.id());
        }
    }

    /** Flagged posts waiting for a moderator, oldest first. */
    public List<FlagReview> queue(Caller caller) {
        requireModerator(caller);
        List<Long> postIds = forum.postsToReview(50);
        List<Post> posts = postIds.stream().map(forum::findPost).flatMap(Optional::stream).toList();
        Map<Long, List<Flag>> flags = new java.util.HashMap<>();
        Set<Long> people = new HashSet<>();
        for (Post post : posts) {
            List<Flag> open = forum.openFlags(post.id());
            flags.put(post.id(), open);
            open.forEach(f -> people.add(f.flaggerId()));
            if (post.authorId() != null) {
                people.add(post.authorId());
            }
        }
        Map<Long, String> names = accounts.displayNames(people);
        return posts.stream()
                .map(
                        p ->
                                new FlagReview(
                                        service.view(p, Optional.of(caller), names),
                                        forum.findTopic(p.topicId()).map(Topic::title).orElse(""),
                                        flags.get(p.id()).stream()
                                                .map(
                                                        f ->
                                                                new FlagReview.FlagView(
                                                                        f.id(),
                                                                        names.getOrDefault(
                                                                                f.flaggerId(), ""),
                                                                        f.reason().name(),
                                                                        f.note()))
                                                .toList()))
                .toList();
    }

    /** Closes the flags of a post: it stays (and shows again) or it is removed. */
    @Transactional
    public void review(Caller caller, long postId, String outcome) {
        requireModerator(caller);
        Post post = service.requirePost(postId);
        Flag.Outcome decided;
        try {
            decided =
                    Flag.Outcome.valueOf(String.valueOf(outcome).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of("outcome", "forum.review.outcome.invalid");
        }
        forum.openFlags(postId).forEach(f -> f.review(caller.accountId(), decided, now()));
        if (decided == Flag.Outcome.KEPT) {
            post.unhide();
            outbox.changed(ForumService.POST_TYPE, post.id());
        } else {
            post.delete(now());
            outbox.removed(ForumService.POST_TYPE, post.id());
        }
    }

    @Transactional
    public void moderate(
            Caller caller, long topicId, String action, Long categoryId, Long targetTopicId) {
        requireModerator(caller);
        Topic topic = service.requireTopic(topicId);
        TopicAction what;
        try {
            what = TopicAction.valueOf(String.valueOf(action).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of("action", "forum.moderation.action.invalid");
        }
        switch (what) {
            case LOCK -> topic.lock(true);
            case UNLOCK -> topic.lock(false);
            case PIN -> topic.pin(true);
            case UNPIN -> topic.pin(false);
            case MOVE -> {
                if (categoryId == null || forum.findCategory(categoryId).isEmpty()) {
                    throw RuleViolation.of("categoryId", "forum.category.required");
                }
                topic.moveTo(categoryId);
            }
            case MERGE -> merge(topic, targetTopicId);
        }
        outbox.changed(ForumService.TOPIC_TYPE, topic.id());
    }

    private void merge(Topic source, Long targetTopicId) {
        if (targetTopicId == null || targetTopicId.equals(source.id())) {
            throw RuleViolation.of("targetTopicId", "forum.merge.target.invalid");
        }
        Topic target =
                forum.findTopic(targetTopicId)
                        .filter(t -> t.mergedIntoId() == null)
                        .orElseThrow(
                                () ->
                                        RuleViolation.of(
                                                "targetTopicId", "forum.merge.target.invalid"));
        List<Post> posts = forum.allPosts(source.id());
        int number = target.receive(posts.size(), source.lastPostedAt());
        for (Post post : posts) {
            post.moveTo(target.id(), number++);
            outbox.changed(ForumService.POST_TYPE, post.id());
        }
        source.mergedInto(target.id());
        outbox.removed(ForumService.TOPIC_TYPE, source.id());
        outbox.changed(ForumService.TOPIC_TYPE, target.id());
    }

    @Transactional
    public OffsetDateTime silence(Caller caller, long accountId, Integer days, String reason) {
        requireModerator(caller);
        if (days == null || days < 1 || days > SILENCE_MAX_DAYS) {
            throw RuleViolation.of("days", "forum.silence.days", SILENCE_MAX_DAYS);
        }
        if (accounts.findProfile(accountId).isEmpty()) {
            throw new NotFoundException("account.not-found");
        }
        OffsetDateTime until = now().plusDays(days);
        String why = reason == null ? "" : reason.strip();
        if (why.length() > 500) {
            why = why.substring(0, 500);
        }
        Optional<Silence> existing = forum.findSilence(accountId);
        if (existing.isPresent()) {
            existing.get().extend(until, why, caller.accountId());
        } else {
            forum.store(new Silence(accountId, until, why, caller.accountId(), now()));
        }
        return until;
    }

    private static Flag.Reason parseReason(String raw) {
        try {
            return Flag.Reason.valueOf(
                    String.valueOf(raw).strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw RuleViolation.of("reason", "forum.flag.reason.invalid");
        }
    }

    private static void requireModerator(Caller caller) {
        if (!ForumService.isModerator(caller)) {
            throw new AccessDeniedException("error.403");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
