package org.relais.qa.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.relais.platform.notification.EmailFrequency;
import org.relais.platform.notification.NotificationKinds;

/**
 * What Q&A tells members. An answer to one's question and a personal invitation are worth a mail at
 * once; so is a new question in a tag one chose to watch, or one routing found for a member who
 * opted in. An acceptance can wait for the daily digest.
 */
@ApplicationScoped
public class QaNotificationKinds implements NotificationKinds {
    @Override
    public List<Kind> kinds() {
        return List.of(
                new Kind("qa.answer", "notification.kind.qa.answer", EmailFrequency.IMMEDIATE),
                new Kind("qa.accepted", "notification.kind.qa.accepted", EmailFrequency.DAILY),
                new Kind("qa.invited", "notification.kind.qa.invited", EmailFrequency.IMMEDIATE),
                new Kind("qa.routed", "notification.kind.qa.routed", EmailFrequency.IMMEDIATE),
                new Kind(
                        "qa.followed-tag",
                        "notification.kind.qa.followed-tag",
                        EmailFrequency.IMMEDIATE));
    }
}
