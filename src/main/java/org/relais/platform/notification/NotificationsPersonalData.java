package org.relais.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.relais.platform.personaldata.PersonalDataSection;

/**
 * The member's in-app notifications in their data export: of what kind, about which page, when,
 * whether they read it and whether it was mailed. Not their subject and excerpt: those quote what
 * other members wrote or who they are (a reply, a contact's address), which the export leaves to
 * them; what the member exchanged themselves is in the capabilities' sections.
 */
@ApplicationScoped
public class NotificationsPersonalData implements PersonalDataSection {
    @Inject Notifications notifications;

    /** One notification as the member received it; {@code mail}: PENDING, SENT or SKIPPED. */
    public record ReceivedNotification(
            String kind,
            String url,
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
                                        n.url(),
                                        n.createdAt(),
                                        n.readAt(),
                                        n.mailState().name()))
                .toList();
    }
}
