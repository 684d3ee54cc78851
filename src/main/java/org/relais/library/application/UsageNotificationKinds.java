package org.relais.library.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.relais.platform.notification.EmailFrequency;
import org.relais.platform.notification.NotificationKinds;

/** What usage requests tell: the author a request waits for them, the requester the decision. */
@ApplicationScoped
public class UsageNotificationKinds implements NotificationKinds {
    public static final String REQUEST = "usage.request";
    public static final String DECISION = "usage.decision";

    @Override
    public List<Kind> kinds() {
        return List.of(
                new Kind(REQUEST, "usage.notification.request", EmailFrequency.IMMEDIATE),
                new Kind(DECISION, "usage.notification.decision", EmailFrequency.IMMEDIATE));
    }
}
