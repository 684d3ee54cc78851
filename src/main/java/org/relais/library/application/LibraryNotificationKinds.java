package org.relais.library.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.relais.platform.notification.EmailFrequency;
import org.relais.platform.notification.NotificationKinds;

/**
 * What the library tells moderators: a rights problem at once (the kit was unpublished and its
 * author waits), other reports in the daily digest.
 */
@ApplicationScoped
public class LibraryNotificationKinds implements NotificationKinds {
    @Override
    public List<Kind> kinds() {
        return List.of(
                new Kind(
                        KitFeedback.RIGHTS_KIND,
                        "notification.kind.library.report.rights",
                        EmailFrequency.IMMEDIATE),
                new Kind(
                        KitFeedback.REPORT_KIND,
                        "notification.kind.library.report",
                        EmailFrequency.DAILY));
    }
}
