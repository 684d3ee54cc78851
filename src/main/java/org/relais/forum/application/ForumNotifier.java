package org.relais.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relais.accounts.application.AccountService;
import org.relais.forum.domain.Mentions;
import org.relais.forum.domain.Post;
import org.relais.forum.domain.Topic;
import org.relais.forum.domain.WatchRules;
import org.relais.platform.notification.EmailFrequency;
import org.relais.platform.notification.Notice;
import org.relais.platform.notification.NotificationKinds;
import org.relais.platform.notification.Notifications;
import org.relais.platform.notification.Subscription;
import org.relais.platform.notification.Subscriptions;
import org.relais.platform.notification.WatchLevel;
import org.relais.platform.security.Caller;

/**
 * Tells members about new posts: those mentioned, the author of a quoted post, and those watching
 * the topic, one of its tags or its category. Each member gets one notice per post, the most
 * specific one. Posting in a topic makes its author watch it, unless they chose otherwise.
 */
@ApplicationScoped
public class ForumNotifier {
    public static final String CATEGORY = "forum.category";
    public static final String TOPIC = "forum.topic";
    public static final String TAG = "tag";
    public static final String REPLY = "forum.reply";
    public static final String MENTION = "forum.mention";
    public static final String QUOTE = "forum.quote";
    private static final int EXCERPT_MAX = 200;

    @Inject Notifications notifications;
    @Inject Subscriptions subscriptions;
    @Inject AccountService accounts;

    /** The forum's notification kinds, for the preferences page. */
    @ApplicationScoped
    public static class Kinds implements NotificationKinds {
        @Override
        public List<Kind> kinds() {
            return List.of(
                    new Kind(REPLY, "notification.kind.forum.reply", EmailFrequency.DAILY),
                    new Kind(MENTION, "notification.kind.forum.mention", EmailFrequency.IMMEDIATE),
                    new Kind(QUOTE, "notification.kind.forum.quote", EmailFrequency.IMMEDIATE));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void posted(Caller author, Topic topic, Post post, Post quoted) {
        if (subscriptions.levelOf(author.accountId(), TOPIC, topic.id().toString()).isEmpty()) {
            subscriptions.set(
                    author.accountId(), TOPIC, topic.id().toString(), WatchLevel.WATCHING);
        }
        Map<Long, String> recipients = new LinkedHashMap<>();
        mentioned(post.bodyMarkdown()).forEach(id -> recipients.putIfAbsent(id, MENTION));
        if (quoted != null && quoted.authorId() != null) {
            recipients.putIfAbsent(quoted.authorId(), QUOTE);
        }
        watchers(topic).forEach(id -> recipients.putIfAbsent(id, REPLY));
        send(author, topic, post, recipients);
    }

    /**
     * An edit that mentions members the post did not mention before tells those members only: the
     * ones already mentioned heard of it when they were first named.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void edited(Caller editor, Topic topic, Post post, String before) {
        Set<Long> already = mentioned(before);
        Map<Long, String> recipients = new LinkedHashMap<>();
        mentioned(post.bodyMarkdown()).stream()
                .filter(id -> !already.contains(id))
                .forEach(id -> recipients.put(id, MENTION));
        send(editor, topic, post, recipients);
    }

    private Set<Long> mentioned(String markdown) {
        Set<String> names = Mentions.candidates(markdown);
        return names.isEmpty() ? Set.of() : accounts.activeByDisplayName(names).keySet();
    }

    private void send(Caller author, Topic topic, Post post, Map<Long, String> recipients) {
        recipients.remove(author.accountId());
        String url =
                "/forum/sujets/"
                        + topic.id()
                        + "?page="
                        + ((post.number() - 1) / ForumService.PAGE_SIZE + 1)
                        + "#message-"
                        + post.id();
        String excerpt = excerpt(post.bodyMarkdown());
        recipients.forEach(
                (id, kind) ->
                        notifications.send(
                                new Notice(
                                        id,
                                        kind,
                                        author.accountId(),
                                        topic.title(),
                                        url,
                                        excerpt)));
    }

    /** Members whose levels make them watch the topic. */
    List<Long> watchers(Topic topic) {
        String topicKey = topic.id().toString();
        Map<Long, WatchLevel> onTopic = subscriptions.levels(TOPIC, topicKey);
        Map<Long, WatchLevel> onCategory =
                subscriptions.levels(CATEGORY, Long.toString(topic.categoryId()));
        Map<Long, List<WatchLevel>> onTags = new HashMap<>();
        for (Subscription s : subscriptions.levels(TAG, topic.tags())) {
            onTags.computeIfAbsent(s.accountId(), k -> new ArrayList<>()).add(s.level());
        }
        Set<Long> everyone = new HashSet<>(onTopic.keySet());
        everyone.addAll(onCategory.keySet());
        everyone.addAll(onTags.keySet());
        List<Long> watching = new ArrayList<>();
        for (Long id : everyone) {
            Optional<WatchLevel> level =
                    WatchRules.effective(
                            Optional.ofNullable(onTopic.get(id)),
                            onTags.getOrDefault(id, List.of()),
                            Optional.ofNullable(onCategory.get(id)));
            if (level.equals(Optional.of(WatchLevel.WATCHING))) {
                watching.add(id);
            }
        }
        return watching;
    }

    static String excerpt(String markdown) {
        String plain =
                markdown.replaceAll("(?m)^>.*$", "")
                        .replaceAll("[*_`#>\\[\\]]", "")
                        .replaceAll("\\s+", " ")
                        .strip();
        return plain.length() <= EXCERPT_MAX ? plain : plain.substring(0, EXCERPT_MAX - 1) + "…";
    }
}
