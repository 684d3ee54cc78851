package org.relais.directory.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.relais.accounts.application.AccountService;
import org.relais.directory.domain.MembershipState;
import org.relais.directory.domain.Place;
import org.relais.directory.domain.PlacePerson;
import org.relais.directory.domain.PlaceRepository;
import org.relais.platform.mail.MailMessage;
import org.relais.platform.mail.MailTemplates;

/**
 * Every morning ({@link ReminderSchedule}), alerts the managers of places not updated for 11
 * months: the charter renews a membership tacitly only while the place's page is kept up to date.
 * Each place is alerted once per period; after 12 months it shows as "à mettre à jour" until it is
 * edited.
 */
@ApplicationScoped
@Transactional
public class PlaceReminders {
    private static final Logger LOG = Logger.getLogger(PlaceReminders.class.getName());

    @Inject PlaceRepository places;
    @Inject AccountService accounts;
    @Inject MailTemplates mails;
    @Inject Event<MailMessage> mailbox;
    @Inject Clock clock;

    public int sendDueToday() {
        int sent = sendDue(LocalDate.now(clock));
        if (sent > 0) {
            LOG.info(() -> sent + " rappel(s) de mise à jour envoyé(s) aux gestionnaires de lieux");
        }
        return sent;
    }

    /** Sends the reminders due on that day; returns how many places were reminded. */
    public int sendDue(LocalDate today) {
        int reminded = 0;
        for (Place place : places.notUpdatedSince(today.minusMonths(11))) {
            if (place.membership().state(today) != MembershipState.REMINDER_DUE) {
                continue;
            }
            List<PlacePerson> managers =
                    places.people(place.id()).stream().filter(PlacePerson::isManager).toList();
            for (PlacePerson manager : managers) {
                accounts.findContact(manager.accountId())
                        .ifPresent(
                                contact ->
                                        mailbox.fire(
                                                mails.compose(
                                                        contact.email(),
                                                        "place-reminder",
                                                        Locale.FRENCH,
                                                        Map.of(
                                                                "name", contact.displayName(),
                                                                "place", place.nom(),
                                                                "placeId", place.publicId(),
                                                                "expiresOn",
                                                                        place.membership()
                                                                                .expiresOn()
                                                                                .toString()))));
            }
            place.remindedOn(today);
            reminded++;
        }
        return reminded;
    }
}
