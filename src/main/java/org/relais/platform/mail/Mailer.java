package org.relais.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.platform.config.DataDirectory;

/**
 * Sends the mails that use cases ask for by firing a {@link MailMessage} event. Mail leaves only
 * after the transaction that asked for it has committed: a rolled-back registration sends nothing.
 */
@ApplicationScoped
public class Mailer {
    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject DataDirectory dataDirectory;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "relais.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "relais.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "relais.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "relais.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "relais.smtp.starttls", defaultValue = "true")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "relais.mail.from")
    String from;

    private MailSender sender;

    @PostConstruct
    void init() {
        var settings =
                new MailSender.Settings(
                        host.filter(h -> !h.isBlank()),
                        port,
                        user.filter(u -> !u.isBlank()),
                        password,
                        startTls,
                        from);
        sender = new MailSender(settings, dataDirectory.resolve("outbox"), clock);
    }

    /**
     * Sends now, on the calling thread, and lets a failure through: for senders that record each
     * mail's outcome themselves (the newsletter) rather than waiting for a transaction.
     */
    public void sendNow(MailMessage mail) throws MessagingException, IOException {
        sender.send(mail);
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailMessage mail) {
        if (MailSilence.active()) {
            LOG.fine(() -> "Courriel non envoyé (silence) : " + mail.subject());
            return;
        }
        try {
            sender.send(mail);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Échec de l'envoi d'un courriel à " + mail.to(), e);
        }
    }
}
