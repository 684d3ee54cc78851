package org.relais.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.platform.config.DataDirectory;

/** The mailer without SMTP writes each committed mail to the outbox, except during a silence. */
class MailerTest {
    @TempDir Path data;

    private Mailer mailer() {
        Mailer mailer = new Mailer();
        mailer.dataDirectory =
                new DataDirectory() {
                    @Override
                    public Path resolve(String child) {
                        try {
                            return Files.createDirectories(data.resolve(child));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                };
        mailer.clock = Clock.systemUTC();
        mailer.host = Optional.empty();
        mailer.user = Optional.empty();
        mailer.password = Optional.empty();
        mailer.from = "Relais <ne-pas-repondre@relais.test>";
        mailer.init();
        return mailer;
    }

    private long outboxFiles() throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("outbox"))) {
            return files.count();
        }
    }

    @Test
    void aMailFiredDuringASilenceIsDroppedEvenAfterItsCommit() throws IOException {
        Mailer mailer = mailer();
        MailMessage mail =
                new MailMessage("camille@relais.test", "Votre inscription", "Bonjour Camille");

        MailSilence.during(
                () -> {
                    mailer.onCommitted(mail);
                    return null;
                });
        assertEquals(0, outboxFiles());

        mailer.onCommitted(mail);
        assertEquals(1, outboxFiles());
    }
}
