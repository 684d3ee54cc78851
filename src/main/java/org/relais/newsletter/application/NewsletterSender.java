package org.relais.newsletter.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.newsletter.domain.DigestContent;
import org.relais.platform.mail.Mailer;

/**
 * Sends the copies of the issue being sent, one mail per confirmed subscriber, at most {@code
 * relais.newsletter.rate-per-minute}: each tick (every second) spends a budget of rate/60 mails,
 * which an idle tick does not let grow beyond one second's worth. Each copy is claimed, mailed and
 * marked in separate transactions ({@link Deliveries}); a refused copy is retried up to {@code
 * relais.newsletter.max-attempts} times.
 */
@ApplicationScoped
public class NewsletterSender {
    private static final Logger LOG = Logger.getLogger(NewsletterSender.class.getName());

    @Inject Deliveries deliveries;
    @Inject NewsletterMails mails;
    @Inject Mailer mailer;

    @Inject
    @ConfigProperty(name = "relais.newsletter.rate-per-minute", defaultValue = "600")
    int ratePerMinute;

    @Inject
    @ConfigProperty(name = "relais.newsletter.max-attempts", defaultValue = "3")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "relais.newsletter.sending", defaultValue = "true")
    boolean sending;

    private final Map<Long, DigestContent> contents = new ConcurrentHashMap<>();
    private double budget;

    /** One tick of the schedule: answers how many copies it mailed. */
    public synchronized int tick() {
        if (!sending || !deliveries.anySending()) {
            budget = 0;
            return 0;
        }
        deliveries.abandonStale();
        double perTick = Math.max(1, ratePerMinute / 60.0);
        budget = Math.min(budget + ratePerMinute / 60.0, perTick);
        int mailed = 0;
        if (budget >= 1) {
            for (long id : deliveries.claimable((int) budget)) {
                budget--;
                if (send(id)) {
                    mailed++;
                }
            }
        }
        deliveries.finishIssues();
        return mailed;
    }

    private boolean send(long deliveryId) {
        Optional<Deliveries.Claimed> claimed;
        try {
            claimed = deliveries.claim(deliveryId);
        } catch (RuntimeException takenByAnother) {
            return false; // another instance claimed it first (optimistic lock)
        }
        if (claimed.isEmpty()) {
            return false;
        }
        Deliveries.Claimed copy = claimed.get();
        DigestContent content =
                contents.computeIfAbsent(
                        copy.issue().id(), id -> NewsletterMails.fromJson(copy.content()));
        var subscription = copy.subscription();
        try {
            mailer.sendNow(
                    mails.letter(
                            copy.issue(),
                            content,
                            subscription.email(),
                            subscription.unsubscribeToken(),
                            subscription.topics(),
                            subscription.region(),
                            copy.readerTags()));
        } catch (Exception refused) {
            LOG.log(Level.WARNING, "Lettre non remise à " + subscription.email(), refused);
            deliveries.failed(deliveryId, String.valueOf(refused.getMessage()), maxAttempts);
            return false;
        }
        deliveries.sent(deliveryId);
        return true;
    }
}
