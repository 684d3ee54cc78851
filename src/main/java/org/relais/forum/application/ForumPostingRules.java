package org.relais.forum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.relais.accounts.application.AccountService;
import org.relais.forum.domain.ForumRepository;
import org.relais.forum.domain.ForumRules;
import org.relais.forum.domain.Post;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.markdown.MarkdownRenderer;
import org.relais.platform.markdown.RenderedMarkdown;
import org.relais.platform.ratelimit.RateLimits;
import org.relais.platform.security.Caller;

/**
 * Who may post in the forum, and how much: silenced members not at all, new members (less than a
 * day or fewer than three posts) three topics and ten replies a day with two links per post, and
 * everyone one post per 5 s and one topic per 15 s. Moderators and administrators are exempt: they
 * import and tidy content.
 */
@ApplicationScoped
public class ForumPostingRules {
    @Inject ForumRepository forum;
    @Inject AccountService accounts;
    @Inject MarkdownRenderer markdown;
    @Inject RateLimits rateLimits;
    @Inject Clock clock;

    /**
     * Silences and the first-day limits of new members; whether the caller is new (their posts then
     * carry at most two links). Moderators are exempt.
     */
    boolean ensureMayPost(Caller caller, boolean topic) {
        if (ForumService.isModerator(caller)) {
            return false;
        }
        OffsetDateTime now = now();
        forum.findSilence(caller.accountId())
                .filter(s -> s.isActive(now))
                .ifPresent(
                        s -> {
                            throw new AccessDeniedException(
                                    "forum.silenced", s.until().toLocalDate().toString());
                        });
        if (isNewMember(caller)) {
            long today =
                    forum.countPostsBySince(
                            caller.accountId(), now.minus(ForumRules.NEW_MEMBER_PERIOD), topic);
            int limit =
                    topic
                            ? ForumRules.NEW_MEMBER_TOPICS_PER_DAY
                            : ForumRules.NEW_MEMBER_REPLIES_PER_DAY;
            if (today >= limit) {
                throw new AccessDeniedException(
                        topic ? "forum.new-member.topics" : "forum.new-member.replies", limit);
            }
            return true;
        }
        return false;
    }

    /** Less than a day on Relais or fewer than three posts: the limits of {@link ForumRules}. */
    boolean isNewMember(Caller caller) {
        if (ForumService.isModerator(caller)) {
            return false;
        }
        OffsetDateTime joined = accounts.memberSince(caller.accountId()).orElse(null);
        return ForumRules.isNewMember(joined, forum.countPostsBy(caller.accountId()), now());
    }

    /** One post per 5 s, one topic per 15 s, counted once the input is valid. */
    void throttle(Caller caller, String policy) {
        if (!ForumService.isModerator(caller)) {
            rateLimits.check(policy, "account:" + caller.accountId());
        }
    }

    RenderedMarkdown render(String body, boolean newMember) {
        String text = body == null ? "" : body;
        if (text.strip().length() < Post.BODY_MIN || text.length() > Post.BODY_MAX) {
            throw RuleViolation.of("body", "forum.body.length", Post.BODY_MIN, Post.BODY_MAX);
        }
        if (newMember && ForumRules.countLinks(text) > ForumRules.NEW_MEMBER_LINKS_PER_POST) {
            throw RuleViolation.of(
                    "body", "forum.new-member.links", ForumRules.NEW_MEMBER_LINKS_PER_POST);
        }
        return markdown.render(text);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
