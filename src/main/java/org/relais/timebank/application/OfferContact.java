package org.relais.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.relais.accounts.application.AccountService;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.Messages;
import org.relais.platform.notification.Notice;
import org.relais.platform.notification.Notifications;
import org.relais.platform.ratelimit.RateLimits;
import org.relais.platform.security.Caller;

/**
 * A member writes to the author of an offer or request: the message reaches them as a notification,
 * mailed at once unless they chose otherwise, with the sender's name and address so that they can
 * answer directly. Rate-limited per sender ({@code relais.ratelimit.timebank-contact}), since it
 * sends mail to people who did not ask for it.
 */
@ApplicationScoped
@Transactional
public class OfferContact {
    public static final int MESSAGE_MAX = 500;

    @Inject OfferService offers;
    @Inject AccountService accounts;
    @Inject Notifications notifications;
    @Inject RateLimits rateLimits;
    @Inject Messages messages;

    public void write(Caller sender, long offerId, String message) {
        OfferService.OfferView offer = offers.get(offerId);
        if (offer.authorId() == sender.accountId()) {
            throw RuleViolation.of("message", "timebank.contact.self");
        }
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > MESSAGE_MAX) {
            throw RuleViolation.of("message", "timebank.contact.message", MESSAGE_MAX);
        }
        rateLimits.check("timebank-contact", "account:" + sender.accountId());
        String email =
                accounts.findContact(sender.accountId())
                        .map(AccountService.Contact::email)
                        .orElse("");
        notifications.send(
                new Notice(
                        offer.authorId(),
                        TimebankNotificationKinds.CONTACT,
                        sender.accountId(),
                        messages.get(
                                Messages.FRENCH,
                                "timebank.contact.subject",
                                sender.displayName(),
                                email,
                                offer.title()),
                        "/banque-de-temps/annonces/" + offerId,
                        text));
    }
}
