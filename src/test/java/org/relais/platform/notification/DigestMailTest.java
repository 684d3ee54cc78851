package org.relais.platform.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.relais.platform.i18n.Messages;
import org.relais.platform.mail.MailMessage;
import org.relais.platform.mail.MailSender;
import org.relais.platform.mail.MailTemplates;
import org.relais.platform.web.theme.BundleMessageResolver;
import org.relais.platform.web.theme.ThemeFiles;
import org.relais.platform.web.theme.ThemeTemplateEngine;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * A digest as members receive it: planned, composed with the theme's mail template and sent over
 * SMTP to GreenMail. One mail per member, grouping all of their pending notifications.
 */
class DigestMailTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final OffsetDateTime NOW =
            OffsetDateTime.of(2026, 11, 23, 6, 0, 0, 0, ZoneOffset.UTC);

    /** The theme's mail templates, without the container. */
    static final class ThemeMailTemplates extends MailTemplates {
        private final TemplateEngine engine =
                ThemeTemplateEngine.build(
                        new ThemeFiles("default", Optional.empty(), getClass().getClassLoader()),
                        new BundleMessageResolver(new Messages()),
                        false,
                        TemplateMode.TEXT,
                        ".txt");

        @Override
        public MailMessage compose(
                String to, String name, Locale locale, Map<String, Object> model) {
            Context context = new Context(locale, model);
            context.setVariable("baseUrl", "https://relais.exemple.fr");
            return new MailMessage(
                    to, "(subject set by the digest)", engine.process("mail/" + name, context));
        }
    }

    static Notification pending(long recipient, String kind, String subject, String url) {
        return new Notification(
                new Notice(recipient, kind, 99L, subject, url, "Un extrait du message."),
                Notification.MailState.PENDING,
                NOW);
    }

    static Digests digests() {
        Digests digests = new Digests();
        digests.messages = new Messages();
        digests.mails = new ThemeMailTemplates();
        digests.notifications = new Notifications();
        digests.notifications.messages = digests.messages;
        return digests;
    }

    @Test
    void oneMailPerMemberGroupsAllTheirPendingNotifications(@TempDir Path outbox) throws Exception {
        List<Notification> pending =
                List.of(
                        pending(
                                1,
                                "platform.announcement",
                                "Journée des Conseillers numériques",
                                "/lieux"),
                        pending(
                                2,
                                "platform.announcement",
                                "Journée des Conseillers numériques",
                                "/lieux"),
                        pending(
                                1,
                                "forum.reply",
                                "Atelier smartphone pour les seniors",
                                "/forum/sujets/12"),
                        pending(
                                1,
                                "qa.answer",
                                "Comment imprimer une attestation CAF ?",
                                "/questions/7"));
        Map<Long, RecipientDirectory.Recipient> members =
                Map.of(
                        1L, new RecipientDirectory.Recipient("camille@exemple.fr", "Camille"),
                        2L, new RecipientDirectory.Recipient("karim@exemple.fr", "Karim"));
        MailSender smtp =
                new MailSender(
                        new MailSender.Settings(
                                Optional.of("127.0.0.1"),
                                SMTP.getSmtp().getPort(),
                                Optional.empty(),
                                Optional.empty(),
                                false,
                                "Relais <ne-pas-repondre@relais.local>"),
                        outbox,
                        Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC));
        Digests digests = digests();

        int sent =
                DigestPlan.of(EmailFrequency.DAILY, pending, (id, kind) -> EmailFrequency.DAILY)
                        .deliver(
                                id -> Optional.ofNullable(members.get(id)),
                                digests::compose,
                                mail -> send(smtp, mail));

        assertEquals(2, sent);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(2, received.length);
        MimeMessage camille =
                Arrays.stream(received)
                        .filter(m -> recipient(m).equals("camille@exemple.fr"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("Votre résumé Relais : 3 nouveautés", camille.getSubject());
        String body = camille.getContent().toString();
        for (String expected :
                List.of(
                        "Bonjour Camille,",
                        "Annonces du réseau : Journée des Conseillers numériques",
                        "Atelier smartphone pour les seniors",
                        "Comment imprimer une attestation CAF ?",
                        "https://relais.exemple.fr/forum/sujets/12",
                        "https://relais.exemple.fr/notifications/preferences")) {
            assertTrue(body.contains(expected), expected + " missing in\n" + body);
        }
        assertTrue(pending.stream().allMatch(n -> n.mailState() == Notification.MailState.SENT));
    }

    @Test
    void nothingPendingNothingSent(@TempDir Path outbox) {
        int sent =
                DigestPlan.of(EmailFrequency.WEEKLY, List.of(), (id, kind) -> EmailFrequency.WEEKLY)
                        .deliver(id -> Optional.empty(), digests()::compose, mail -> {});
        assertEquals(0, sent);
        assertEquals(0, SMTP.getReceivedMessages().length);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(MailSender smtp, MailMessage mail) {
        try {
            smtp.send(mail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
