package org.relais.platform.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Sends mail over SMTP when a host is configured, otherwise writes each mail as an RFC 5322 {@code
 * .eml} file in the outbox directory, so that links in mails can be followed during development.
 * Files are written under a temporary name and moved into place: a crash never leaves half a mail
 * in the outbox.
 */
public final class MailSender {
    /** SMTP settings; {@code host} empty means "write to the outbox". */
    public record Settings(
            Optional<String> host,
            int port,
            Optional<String> user,
            Optional<String> password,
            boolean startTls,
            String from) {}

    private final Settings settings;
    private final Path outbox;
    private final Clock clock;

    public MailSender(Settings settings, Path outbox, Clock clock) {
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void send(MailMessage mail) throws MessagingException, IOException {
        Session session = session();
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), "UTF-8");
        if (mail.html() == null) {
            message.setText(mail.body(), "UTF-8");
        } else {
            message.setContent(alternatives(mail));
        }
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        message.setSentDate(Date.from(clock.instant()));
        message.saveChanges();
        if (settings.host().isPresent()) {
            Transport.send(message);
        } else {
            writeToOutbox(message);
        }
    }

    /** The text and HTML forms of one mail, the preferred (HTML) last as RFC 2046 asks. */
    private static MimeMultipart alternatives(MailMessage mail) throws MessagingException {
        MimeMultipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), "UTF-8");
        alternatives.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        alternatives.addBodyPart(html);
        return alternatives;
    }

    private Session session() {
        Properties properties = new Properties();
        if (settings.host().isEmpty()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.host", settings.host().get());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        if (settings.user().isPresent()) {
            properties.put("mail.smtp.auth", "true");
            String user = settings.user().get();
            String password = settings.password().orElse("");
            return Session.getInstance(
                    properties,
                    new jakarta.mail.Authenticator() {
                        @Override
                        protected PasswordAuthentication getPasswordAuthentication() {
                            return new PasswordAuthentication(user, password);
                        }
                    });
        }
        return Session.getInstance(properties);
    }

    private void writeToOutbox(MimeMessage message) throws IOException, MessagingException {
        Files.createDirectories(outbox);
        String name =
                DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
                                .format(clock.instant().atZone(clock.getZone()))
                        + "-"
                        + UUID.randomUUID().toString().substring(0, 8)
                        + ".eml";
        Path temporary = outbox.resolve("." + name + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            message.writeTo(out);
        }
        Files.move(temporary, outbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
