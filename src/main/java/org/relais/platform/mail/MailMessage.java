package org.relais.platform.mail;

import java.util.Objects;

/** A plain-text mail to one recipient. */
public record MailMessage(String to, String subject, String body) {
    public MailMessage {
        Objects.requireNonNull(to);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
    }
}
