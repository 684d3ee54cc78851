package org.relais.platform.mail;

import java.util.Map;
import java.util.Objects;

/**
 * A mail to one recipient: a plain-text body, and optionally an HTML alternative of it and extra
 * headers (such as {@code List-Unsubscribe}); {@code html} null means a plain-text mail.
 */
public record MailMessage(
        String to, String subject, String body, String html, Map<String, String> headers) {
    public MailMessage {
        Objects.requireNonNull(to);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A plain-text mail, as most mails are. */
    public MailMessage(String to, String subject, String body) {
        this(to, subject, body, null, Map.of());
    }
}
