package org.relais.betatest.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.relais.platform.notification.EmailFrequency;
import org.relais.platform.notification.NotificationKinds;

/** What beta-test calls tell their participants; all mailed at once by default. */
@ApplicationScoped
public class BetaTestNotificationKinds implements NotificationKinds {
    public static final String SELECTED = "betatest.selected";
    public static final String REPORT = "betatest.report";
    public static final String ACCEPTED = "betatest.accepted";
    public static final String DETAILS = "betatest.details";
    public static final String REMINDER = "betatest.reminder";
    public static final String MESSAGE = "betatest.message";
    public static final String NEW_CALL = "betatest.new-call";
    public static final String WAITING = "betatest.waiting";

    @Override
    public List<Kind> kinds() {
        return List.of(
                new Kind(SELECTED, "notification.kind.betatest.selected", EmailFrequency.IMMEDIATE),
                new Kind(REPORT, "notification.kind.betatest.report", EmailFrequency.DAILY),
                new Kind(ACCEPTED, "notification.kind.betatest.accepted", EmailFrequency.IMMEDIATE),
                new Kind(DETAILS, "notification.kind.betatest.details", EmailFrequency.IMMEDIATE),
                new Kind(REMINDER, "notification.kind.betatest.reminder", EmailFrequency.IMMEDIATE),
                new Kind(MESSAGE, "notification.kind.betatest.message", EmailFrequency.IMMEDIATE),
                new Kind(WAITING, "notification.kind.betatest.waiting", EmailFrequency.IMMEDIATE),
                new Kind(
                        NEW_CALL, "notification.kind.betatest.new-call", EmailFrequency.IMMEDIATE));
    }
}
