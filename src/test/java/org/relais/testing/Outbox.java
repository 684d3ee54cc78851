package org.relais.testing;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the mails the test server wrote as .eml files in its outbox, as a developer would. */
public final class Outbox {
    private static final Pattern TOKEN = Pattern.compile("jeton=([A-Za-z0-9_-]+)");
    private static final Map<Path, Mail> PARSED = new ConcurrentHashMap<>();

    /** A received mail, decoded. */
    public record Mail(String to, String subject, String body) {
        /** The secret of the link in the mail ({@code …?jeton=…}). */
        public String linkToken() {
            Matcher matcher = TOKEN.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No link with a token in the mail:\n" + body);
            }
            return matcher.group(1);
        }
    }

    private Outbox() {}

    public static Path directory() {
        return Path.of(System.getProperty(TestServers.DATA_DIR)).resolve("outbox");
    }

    /** Waits for the newest mail to this address whose subject contains the given words. */
    public static Mail awaitMail(String to, String subjectPart) {
        return awaitMail(directory(), to, subjectPart);
    }

    /** The same, in the outbox of another server (a child server's data directory). */
    public static Mail awaitMail(Path outbox, String to, String subjectPart) {
        return await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> newest(outbox, to, subjectPart), Optional::isPresent)
                .orElseThrow();
    }

    public static List<Mail> mailsTo(String to) {
        try (Stream<Path> files = list(directory())) {
            return files.map(Outbox::read).filter(m -> m.to().equalsIgnoreCase(to)).toList();
        }
    }

    private static Optional<Mail> newest(Path outbox, String to, String subjectPart) {
        try (Stream<Path> files = list(outbox)) {
            return files.sorted((a, b) -> b.getFileName().compareTo(a.getFileName()))
                    .map(Outbox::read)
                    .filter(m -> m.to().equalsIgnoreCase(to) && m.subject().contains(subjectPart))
                    .findFirst();
        }
    }

    private static Stream<Path> list(Path outbox) {
        try {
            if (!Files.isDirectory(outbox)) {
                return Stream.empty();
            }
            return Files.list(outbox).filter(p -> p.getFileName().toString().endsWith(".eml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The server moves each mail into the outbox whole (atomic move), so a file once read never
     * changes: parsed mails are kept, and a poll only parses the new ones.
     */
    private static Mail read(Path file) {
        return PARSED.computeIfAbsent(file, Outbox::parse);
    }

    /** The body, or the plain-text part of a multipart/alternative mail. */
    public static String text(Part part) throws IOException, MessagingException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                if (multipart.getBodyPart(i).isMimeType("text/plain")) {
                    return multipart.getBodyPart(i).getContent().toString();
                }
            }
        }
        return content.toString();
    }

    private static Mail parse(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            String to =
                    ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0])
                            .getAddress();
            return new Mail(to, message.getSubject(), text(message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
