package org.relais.betatest.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.relais.betatest.domain.Application;
import org.relais.betatest.domain.ApplicationStatus;
import org.relais.betatest.domain.BetaCall;
import org.relais.betatest.domain.BetaTestRepository;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.notification.Notice;
import org.relais.platform.notification.Notification;
import org.relais.platform.notification.Notifications;
import org.relais.platform.security.Caller;

/**
 * The holder writes to the selected testers (a link that changed, a new version to install): each
 * gets it as a notification, mailed at once by default. Nothing else is kept: the notifications are
 * the record, and testers answer through their report.
 */
@ApplicationScoped
@Transactional
public class TesterMessages {
    /** The whole message travels in the notification, whose excerpt holds this much. */
    public static final int TEXT_MAX = Notification.EXCERPT_MAX;

    @Inject BetaTestService service;
    @Inject BetaTestRepository repository;
    @Inject Notifications notifications;

    /** Sends the message to every selected tester; returns how many received it. */
    public int send(Caller holder, long callId, String text) {
        BetaCall call = service.call(callId);
        if (!call.isHolder(holder.accountId())) {
            throw new AccessDeniedException("betatest.forbidden");
        }
        String message = text == null ? "" : text.strip();
        if (message.isEmpty() || message.length() > TEXT_MAX) {
            throw RuleViolation.of("text", "betatest.message.text", TEXT_MAX);
        }
        List<Application> selected =
                repository.applications(callId).stream()
                        .filter(a -> a.status() == ApplicationStatus.SELECTED)
                        .toList();
        if (selected.isEmpty()) {
            throw new ConflictException("betatest.message.nobody");
        }
        for (Application application : selected) {
            notifications.send(
                    new Notice(
                            application.testerId(),
                            BetaTestNotificationKinds.MESSAGE,
                            holder.accountId(),
                            call.title(),
                            "/beta-tests/appels/" + call.id(),
                            message));
        }
        return selected.size();
    }
}
