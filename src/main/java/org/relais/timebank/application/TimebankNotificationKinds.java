package org.relais.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.relais.platform.notification.EmailFrequency;
import org.relais.platform.notification.NotificationKinds;

/**
 * What the time bank tells members: a message about one's offer or request, and a payment request
 * asked, paid or refused, are worth a mail at once; so is, for administrators, a ledger the auditor
 * found broken.
 */
@ApplicationScoped
public class TimebankNotificationKinds implements NotificationKinds {
    public static final String AUDIT = "timebank.audit";
    public static final String CONTACT = "timebank.contact";
    public static final String PAYMENT_REQUEST = "timebank.payment-request";

    @Override
    public List<Kind> kinds() {
        return List.of(
                new Kind(CONTACT, "notification.kind." + CONTACT, EmailFrequency.IMMEDIATE),
                new Kind(
                        PAYMENT_REQUEST,
                        "notification.kind." + PAYMENT_REQUEST,
                        EmailFrequency.IMMEDIATE),
                new Kind(AUDIT, "notification.kind." + AUDIT, EmailFrequency.IMMEDIATE));
    }
}
