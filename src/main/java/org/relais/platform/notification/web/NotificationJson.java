package org.relais.platform.notification.web;

import java.time.OffsetDateTime;
import org.relais.platform.notification.Notification;

/** A notification as the API shows it to its recipient. */
public record NotificationJson(
        String id,
        String kind,
        String subject,
        String excerpt,
        String url,
        OffsetDateTime createdAt,
        boolean read) {
    static NotificationJson of(Notification n) {
        return new NotificationJson(
                n.id().toString(),
                n.kind(),
                n.subject(),
                n.excerpt(),
                n.url(),
                n.createdAt(),
                n.isRead());
    }
}
