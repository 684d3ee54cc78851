package org.relais.betatest.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.relais.betatest.domain.BetaCall;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.notification.Notice;
import org.relais.platform.notification.Notifications;
import org.relais.platform.notification.Subscription;
import org.relais.platform.notification.Subscriptions;
import org.relais.platform.notification.WatchLevel;
import org.relais.platform.text.Tags;

/**
 * Members follow tags of beta-test calls (apart from the tags they follow in Q&A: wanting to test
 * "seniors" services is not wanting every question about seniors) and are told when a call with one
 * of them opens, once per call even when it carries several of their tags.
 */
@ApplicationScoped
@Transactional
public class CallFollowing {
    public static final String TAG_SUBJECT = "betatest.tag";

    @Inject Subscriptions subscriptions;
    @Inject Notifications notifications;

    /** Follows or stops following a tag, given as typed; returns its normalised form. */
    public String follow(long accountId, String tag, boolean follow) {
        String slug =
                Tags.normalize(tag == null ? "" : tag)
                        .orElseThrow(() -> RuleViolation.of("tag", "betatest.follow.tag"));
        subscriptions.set(accountId, TAG_SUBJECT, slug, follow ? WatchLevel.WATCHING : null);
        return slug;
    }

    public boolean follows(long accountId, String slug) {
        return slug != null
                && subscriptions
                        .levelOf(accountId, TAG_SUBJECT, slug)
                        .map(level -> level == WatchLevel.WATCHING)
                        .orElse(false);
    }

    /** The tags the member follows, in alphabetical order. */
    public List<String> followed(long accountId) {
        return subscriptions.of(accountId).stream()
                .filter(s -> s.subjectType().equals(TAG_SUBJECT))
                .filter(s -> s.level() == WatchLevel.WATCHING)
                .map(Subscription::subjectKey)
                .sorted()
                .toList();
    }

    /** Tells the followers of the call's tags that it opened (the holder is never told). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(BetaCall call) {
        Set<Long> followers = new TreeSet<>();
        for (Subscription s : subscriptions.levels(TAG_SUBJECT, call.tags())) {
            if (s.level() == WatchLevel.WATCHING) {
                followers.add(s.accountId());
            }
        }
        for (long follower : followers) {
            notifications.send(
                    new Notice(
                            follower,
                            BetaTestNotificationKinds.NEW_CALL,
                            call.holderId(),
                            call.title(),
                            "/beta-tests/appels/" + call.id(),
                            call.product()));
        }
    }
}
