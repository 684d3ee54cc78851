package org.relais.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MailSenderTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);
    private static final MailMessage MAIL =
            new MailMessage(
                    "camille@exemple.fr",
                    "Confirmez votre adresse e-mail sur Relais",
                    "Bonjour Camille,\n\nhttp://localhost:8080/inscription/confirmer?jeton=abc_DEF-123\n\nL’équipe Relais");

    @Test
    void withAnSmtpHostTheMailGoesToTheServer(@TempDir Path outbox) throws Exception {
        MailSender sender =
                new MailSender(
                        new MailSender.Settings(
                                Optional.of("127.0.0.1"),
                                SMTP.getSmtp().getPort(),
                                Optional.empty(),
                                Optional.empty(),
                                false,
                                "Relais <ne-pas-repondre@relais.local>"),
                        outbox,
                        CLOCK);
        sender.send(MAIL);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("Confirmez votre adresse e-mail sur Relais", received[0].getSubject());
        assertEquals("camille@exemple.fr", received[0].getAllRecipients()[0].toString());
        assertTrue(
                GreenMailUtil.getBody(received[0]).contains("jeton=3Dabc_DEF-123")
                        || received[0].getContent().toString().contains("jeton=abc_DEF-123"));
        assertTrue(received[0].getContent().toString().contains("L’équipe Relais"));
        try (Stream<Path> files = Files.list(outbox)) {
            assertEquals(0, files.count(), "nothing written to the outbox when SMTP is set");
        }
    }

    @Test
    void withoutSmtpTheMailIsAnEmlFileInTheOutbox(@TempDir Path outbox) throws Exception {
        MailSender sender =
                new MailSender(
                        new MailSender.Settings(
                                Optional.empty(),
                                587,
                                Optional.empty(),
                                Optional.empty(),
                                true,
                                "Relais <ne-pas-repondre@relais.local>"),
                        outbox,
                        CLOCK);
        sender.send(MAIL);

        List<Path> files;
        try (Stream<Path> listed = Files.list(outbox)) {
            files = listed.toList();
        }
        assertEquals(1, files.size());
        assertTrue(files.get(0).getFileName().toString().endsWith(".eml"), files.toString());
        try (InputStream in = Files.newInputStream(files.get(0))) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            assertEquals(MAIL.subject(), message.getSubject());
            assertEquals(MAIL.body(), message.getContent().toString().replace("\r\n", "\n"));
            assertEquals(0, SMTP.getReceivedMessages().length);
        }
    }

    @Test
    void aMailWithHtmlIsMultipartAlternativeWithItsExtraHeaders(@TempDir Path outbox)
            throws Exception {
        MailSender sender =
                new MailSender(
                        new MailSender.Settings(
                                Optional.of("127.0.0.1"),
                                SMTP.getSmtp().getPort(),
                                Optional.empty(),
                                Optional.empty(),
                                false,
                                "Relais <ne-pas-repondre@relais.local>"),
                        outbox,
                        CLOCK);
        sender.send(
                new MailMessage(
                        "camille@exemple.fr",
                        "Relais — Lettre n° 3 : Parcours",
                        "Bonjour à toutes et à tous",
                        "<p>Bonjour à <strong>toutes et à tous</strong></p>",
                        java.util.Map.of("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")));

        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertTrue(received.isMimeType("multipart/alternative"), received.getContentType());
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) received.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
        assertEquals("Bonjour à toutes et à tous", parts.getBodyPart(0).getContent().toString());
        assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
        assertTrue(parts.getBodyPart(1).getContent().toString().contains("<strong>"));
        assertEquals("List-Unsubscribe=One-Click", received.getHeader("List-Unsubscribe-Post")[0]);
    }
}
