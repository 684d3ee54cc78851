package org.relais.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relais.accounts.application.AccountService;
import org.relais.forum.domain.Category;
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
    static final ZoneId SILENCE_ZONE = ZoneId.of("Europe/Paris");
    static final int MERGE_CANDIDATES = 20;
    private static final Pattern TOPIC_ADDRESS =
            Pattern.compile("^(?:.*/forum/sujets/)?(\\d{1,18})(?:[/?#].*)?$");

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
            ForumSearch.postRemoved(outbox, post);
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
            ForumSearch.postChanged(outbox, post);
        } else {
            post.delete(now());
            ForumSearch.postRemoved(outbox, post);
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

    /** Silences a member for a number of days, as the API asks. */
    @Transactional
    public OffsetDateTime silence(Caller caller, long accountId, Integer days, String reason) {
        requireModerator(caller);
        if (days == null || days < 1 || days > SILENCE_MAX_DAYS) {
            throw RuleViolation.of("days", "forum.silence.days", SILENCE_MAX_DAYS);
        }
        return silenceUntil(caller, accountId, now().plusDays(days), reason);
    }

    /**
     * Silences a member for a length chosen on the page: {@code 1h}, {@code 1d}, {@code 7d}, or
     * {@code custom} until the start of a day (Paris time) given as {@code yyyy-MM-dd}.
     */
    @Transactional
    public OffsetDateTime silence(
            Caller caller, long accountId, String length, String untilDay, String reason) {
        requireModerator(caller);
        OffsetDateTime now = now();
        OffsetDateTime until =
                switch (String.valueOf(length).strip()) {
                    case "1h" -> now.plusHours(1);
                    case "1d" -> now.plusDays(1);
                    case "7d" -> now.plusDays(7);
                    case "custom" -> startOfDay(untilDay);
                    default -> throw RuleViolation.of("length", "forum.silence.length.invalid");
                };
        return silenceUntil(caller, accountId, until, reason);
    }

    private OffsetDateTime silenceUntil(
            Caller caller, long accountId, OffsetDateTime until, String reason) {
        OffsetDateTime now = now();
        if (!until.isAfter(now) || until.isAfter(now.plusDays(SILENCE_MAX_DAYS))) {
            throw RuleViolation.of("until", "forum.silence.until", SILENCE_MAX_DAYS);
        }
        if (accounts.findProfile(accountId).isEmpty()) {
            throw new NotFoundException("account.not-found");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() > Silence.REASON_MAX) {
            throw RuleViolation.of("reason", "forum.silence.reason.length", Silence.REASON_MAX);
        }
        Optional<Silence> existing = forum.findSilence(accountId);
        if (existing.isPresent()) {
            existing.get().extend(until, why, caller.accountId());
        } else {
            forum.store(new Silence(accountId, until, why, caller.accountId(), now));
        }
        return until;
    }

    private static OffsetDateTime startOfDay(String day) {
        try {
            return LocalDate.parse(String.valueOf(day).strip())
                    .atStartOfDay(SILENCE_ZONE)
                    .toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw RuleViolation.of("until", "forum.silence.until", SILENCE_MAX_DAYS);
        }
    }

    /** Members silenced now, the soonest to speak again first. */
    public List<SilenceView> silences(Caller caller) {
        requireModerator(caller);
        List<Silence> active = forum.activeSilences(now());
        Set<Long> people = new HashSet<>();
        active.forEach(s -> people.add(s.accountId()));
        Map<Long, String> names = accounts.displayNames(people);
        return active.stream()
                .map(
                        s ->
                                new SilenceView(
                                        s.accountId(),
                                        names.getOrDefault(s.accountId(), ""),
                                        s.until(),
                                        s.reason()))
                .toList();
    }

    /** Lifts a member's silence at once; lifting none is harmless. */
    @Transactional
    public void endSilence(Caller caller, long accountId) {
        requireModerator(caller);
        OffsetDateTime now = now();
        forum.findSilence(accountId)
                .filter(s -> s.isActive(now))
                .ifPresent(s -> s.end(now, caller.accountId()));
    }

    /** A silenced member, for the moderators' list. */
    public record SilenceView(long accountId, String name, OffsetDateTime until, String reason) {}

    /**
     * Topics a moderator may merge a topic into, found by words of their title or by a pasted
     * address ({@code …/forum/sujets/42}) or number.
     */
    public List<TopicSummary> mergeCandidates(Caller caller, long topicId, String typed) {
        requireModerator(caller);
        service.requireTopic(topicId);
        String text = typed == null ? "" : typed.strip();
        Matcher address = TOPIC_ADDRESS.matcher(text);
        List<Topic> found;
        if (address.find()) {
            found =
                    forum
                            .findTopic(Long.parseLong(address.group(1)))
                            .filter(t -> t.mergedIntoId() == null)
                            .stream()
                            .toList();
        } else if (text.length() >= 2) {
            found = forum.topicsTitled(text, MERGE_CANDIDATES);
        } else {
            throw RuleViolation.of("q", "forum.merge.search.short");
        }
        Map<Long, Category> categories = new java.util.HashMap<>();
        forum.categories().forEach(c -> categories.put(c.id(), c));
        Set<Long> people = new HashSet<>();
        found.stream().map(Topic::authorId).filter(Objects::nonNull).forEach(people::add);
        Map<Long, String> names = accounts.displayNames(people);
        return found.stream()
                .filter(t -> t.id() != topicId)
                .map(t -> service.summary(t, categories.get(t.categoryId()), names))
                .toList();
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
