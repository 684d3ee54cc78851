package org.relais.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.relais.platform.personaldata.PersonalDataSection;

/**
 * The member's in-app notifications in their data export: what they were told, when, and whether
 * they read it or were mailed about it. Who caused one is left out, as the notification names them
 * in its subject when the page did.
 */
@ApplicationScoped
public class NotificationsPersonalData implements PersonalDataSection {
    @Inject Notifications notifications;

    /** One notification as the member received it. */
    public record ReceivedNotification(
            String kind,
            String subject,
            String url,
            String excerpt,
            OffsetDateTime createdAt,
            OffsetDateTime readAt,
            String mail) {}

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public List<ReceivedNotification> of(long memberId) {
        return notifications.received(memberId).stream()
                .map(
                        n ->
                                new ReceivedNotification(
                                        n.kind(),
                                        n.subject(),
                                        n.url(),
                                        n.excerpt(),
                                        n.createdAt(),
                                        n.readAt(),
                                        n.mailState().name()))
                .toList();
    }
}
