package org.relais.agenda.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.relais.accounts.application.AccountService;
import org.relais.agenda.domain.EventStatus;
import org.relais.agenda.domain.Occurrence;
import org.relais.agenda.domain.OccurrenceKey;
import org.relais.agenda.domain.Registration;
import org.relais.platform.i18n.DateText;
import org.relais.platform.mail.MailMessage;
import org.relais.platform.mail.MailSilence;
import org.relais.platform.mail.MailTemplates;

/**
 * The mails of built-in registration, sent once the transaction commits: registered (a seat, or a
 * place in the waiting line), given a seat from the line, and the event or the occurrence
 * cancelled, postponed or moved. Each links to the event's page and to its .ics, so that the
 * member's calendar can follow.
 */
@ApplicationScoped
public class RegistrationMails {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    @Inject AccountService accounts;
    @Inject MailTemplates mails;
    @Inject Event<MailMessage> mailbox;

    void registered(org.relais.agenda.domain.Event event, Occurrence at, Registration r) {
        send(
                r,
                "agenda-registered",
                event,
                at.start(),
                Map.of("waiting", r.status() == Registration.Status.WAITING));
    }

    void promoted(org.relais.agenda.domain.Event event, Registration r) {
        send(r, "agenda-promoted", event, startOf(event, r), Map.of());
    }

    void changed(org.relais.agenda.domain.Event event, Registration r) {
        Optional<Occurrence> now =
                OccurrenceKey.find(
                        event, OccurrenceKey.originalStart(r.occurrenceKey()).orElse(null));
        boolean cancelled =
                event.status() == EventStatus.CANCELLED
                        || now.map(Occurrence::cancelled).orElse(true);
        String what =
                cancelled
                        ? "cancelled"
                        : event.status() == EventStatus.POSTPONED ? "postponed" : "moved";
        send(r, "agenda-changed", event, startOf(event, r), Map.of("what", what));
    }

    private static ZonedDateTime startOf(org.relais.agenda.domain.Event event, Registration r) {
        Optional<OffsetDateTime> original = OccurrenceKey.originalStart(r.occurrenceKey());
        return OccurrenceKey.find(event, original.orElse(null))
                .map(Occurrence::start)
                .orElseGet(
                        () ->
                                original.orElse(event.startsAt())
                                        .atZoneSameInstant(org.relais.agenda.domain.Event.ZONE));
    }

    private void send(
            Registration r,
            String template,
            org.relais.agenda.domain.Event event,
            ZonedDateTime start,
            Map<String, Object> more) {
        if (MailSilence.active()) {
            return; // the mail would be dropped: not worth its template (the demo's registrations)
        }
        accounts.findContact(r.accountId())
                .ifPresent(
                        contact -> {
                            Map<String, Object> model = new java.util.HashMap<>(more);
                            model.put("name", contact.displayName());
                            model.put("title", event.title());
                            model.put("when", DateText.format(WHEN, start));
                            model.put("eventId", event.id());
                            mailbox.fire(
                                    mails.compose(contact.email(), template, Locale.FRENCH, model));
                        });
    }
}
