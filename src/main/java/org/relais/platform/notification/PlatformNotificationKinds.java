package org.relais.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The kinds the platform itself sends: announcements of the administrators to the network. */
@ApplicationScoped
public class PlatformNotificationKinds implements NotificationKinds {
    public static final String ANNOUNCEMENT = "platform.announcement";

    @Override
    public List<Kind> kinds() {
        return List.of(
                new Kind(ANNOUNCEMENT, "notification.kind." + ANNOUNCEMENT, EmailFrequency.DAILY));
    }
}
