package org.relais.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.relais.accounts.application.AccountService;
import org.relais.accounts.application.OwnAccount;
import org.relais.newsletter.domain.NewsletterRepository;
import org.relais.newsletter.domain.Subscription;
import org.relais.newsletter.domain.Topic;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.mail.MailMessage;
import org.relais.platform.mail.MailTemplates;
import org.relais.platform.ratelimit.RateLimits;
import org.relais.platform.security.Caller;
import org.relais.platform.security.SecretTokens;

/**
 * Subscribing to the letter with an address (double opt-in), confirming, unsubscribing with the
 * link of any letter, and members' own subscription from their profile. Whatever the state of an
 * address, subscribing answers the same: only its owner learns, by mail, whether it was already
 * subscribed.
 */
@ApplicationScoped
@Transactional
public class SubscriptionService {
    static final String RATE_POLICY = "newsletter-subscription";
    private static final Pattern DOMAIN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject NewsletterRepository repository;
    @Inject AccountService accounts;
    @Inject MailTemplates mails;
    @Inject Event<MailMessage> mailbox;
    @Inject RateLimits rateLimits;
    @Inject Clock clock;

    /**
     * A visitor asks to receive the letter: a confirmation link is mailed (or, if the address is
     * already subscribed, a mail saying so with its unsubscribe link). Nothing is received before
     * the link is followed.
     *
     * @param topicCodes null: every topic
     */
    public void subscribe(
            String email,
            Collection<String> topicCodes,
            String region,
            String clientAddress,
            Locale locale) {
        String address = checkEmail(email);
        Set<Topic> topics = checkTopics(topicCodes);
        String regionCode = Regions.check(region);
        rateLimits.check(RATE_POLICY, "ip:" + clientAddress);
        rateLimits.check(RATE_POLICY, "email:" + address);
        Optional<Subscription> existing = repository.findSubscriptionByEmail(address);
        Subscription subscription =
                existing.orElseGet(() -> Subscription.requested(address, now()));
        String token = subscription.request(topics, regionCode, now());
        if (existing.isEmpty()) {
            repository.store(subscription);
        }
        if (token == null) {
            mail(subscription, "newsletter-already", Map.of(), locale);
        } else {
            mail(subscription, "newsletter-confirm", Map.of("token", token), locale);
        }
    }

    /** Follows a confirmation link; an unknown, spent or expired link changes nothing. */
    public SubscriptionView confirm(String token) {
        Subscription subscription =
                token == null || token.isBlank()
                        ? null
                        : repository
                                .findSubscriptionByConfirmHash(SecretTokens.digest(token.strip()))
                                .orElse(null);
        if (subscription == null || !subscription.confirm(token.strip(), now())) {
            throw new NotFoundException("newsletter.token.unknown");
        }
        return SubscriptionView.of(subscription);
    }

    /** The subscription an unsubscribe link names (for the page that asks to confirm). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SubscriptionView byToken(String token) {
        return SubscriptionView.of(subscription(token));
    }

    /** One click: the token in the link is the proof; unsubscribing twice is harmless. */
    public SubscriptionView unsubscribe(String token) {
        Subscription subscription = subscription(token);
        subscription.unsubscribe(now());
        return SubscriptionView.of(subscription);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SubscriptionView> ofMember(Caller caller) {
        return memberSubscription(caller).map(SubscriptionView::of);
    }

    /**
     * A member subscribes (or changes topics and region) from their profile: their account's
     * address is already confirmed, so no link is needed.
     */
    public SubscriptionView subscribeMember(
            Caller caller, Collection<String> topicCodes, String region) {
        Set<Topic> topics = checkTopics(topicCodes);
        String regionCode = Regions.check(region);
        Optional<Subscription> existing = memberSubscription(caller);
        Subscription subscription =
                existing.orElseGet(() -> Subscription.requested(email(caller), now()));
        subscription.confirmForMember(caller.accountId(), topics, regionCode, now());
        if (existing.isEmpty()) {
            repository.store(subscription);
        }
        return SubscriptionView.of(subscription);
    }

    public void unsubscribeMember(Caller caller) {
        memberSubscription(caller).ifPresent(s -> s.unsubscribe(now()));
    }

    /** Deletes subscriptions whose confirmation link expired unused; answers how many. */
    public int expirePending() {
        return repository.deleteExpiredPending(now());
    }

    /** The account a member's subscription belongs to, found by link or by their address. */
    private Optional<Subscription> memberSubscription(Caller caller) {
        Optional<Subscription> linked = repository.findSubscriptionOfMember(caller.accountId());
        if (linked.isPresent()) {
            return linked;
        }
        Optional<Subscription> byEmail = repository.findSubscriptionByEmail(email(caller));
        byEmail.ifPresent(s -> s.linkAccount(caller.accountId()));
        return byEmail;
    }

    private String email(Caller caller) {
        return emailOf(caller.accountId());
    }

    /** The member's address as subscriptions keep it. */
    String emailOf(long accountId) {
        OwnAccount own = accounts.ownAccount(accountId);
        return own.email().toLowerCase(Locale.ROOT);
    }

    private Subscription subscription(String token) {
        if (token == null || token.isBlank()) {
            throw new NotFoundException("newsletter.token.unknown");
        }
        return repository
                .findSubscriptionByToken(token.strip())
                .orElseThrow(() -> new NotFoundException("newsletter.token.unknown"));
    }

    private void mail(
            Subscription subscription, String template, Map<String, Object> extra, Locale locale) {
        Map<String, Object> model = new java.util.HashMap<>(extra);
        model.put("unsubscribeToken", subscription.unsubscribeToken());
        mailbox.fire(
                mails.composeWithHtml(
                        subscription.email(),
                        template,
                        mails.subject(locale, template),
                        locale,
                        model,
                        Map.of()));
    }

    /** A single address, syntactically valid and with a dotted domain; lower-cased. */
    static String checkEmail(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            throw RuleViolation.of("email", "newsletter.email.required");
        }
        if (address.length() > Subscription.EMAIL_MAX || !DOMAIN.matcher(address).matches()) {
            throw RuleViolation.of("email", "newsletter.email.invalid");
        }
        try {
            new InternetAddress(address, true).validate();
        } catch (AddressException e) {
            throw RuleViolation.of("email", "newsletter.email.invalid");
        }
        return address;
    }

    /** Topic codes; null means all of them, none or an unknown one is refused. */
    static Set<Topic> checkTopics(Collection<String> codes) {
        if (codes == null) {
            return Set.copyOf(List.of(Topic.values()));
        }
        Set<Topic> topics =
                Topic.parseAll(codes)
                        .orElseThrow(() -> RuleViolation.of("topics", "newsletter.topics.unknown"));
        if (topics.isEmpty()) {
            throw RuleViolation.of("topics", "newsletter.topics.required");
        }
        return topics;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
