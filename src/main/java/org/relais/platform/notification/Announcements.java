package org.relais.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.web.page.LocalRedirect;

/**
 * Announcements of the administrators to the whole network (a new charter, a gathering, a
 * maintenance): one notification to every active member, mailed as each of them chose.
 */
@ApplicationScoped
public class Announcements {
    @Inject Notifications notifications;
    @Inject Instance<RecipientDirectory> recipients;

    /** What an administrator announces; the url is a local path such as {@code /lieux}. */
    public record Announcement(String subject, String url, String excerpt) {}

    /** Notifies every active member but the author; returns how many were notified. */
    @Transactional
    public int announce(long authorId, Announcement announcement) {
        check(announcement);
        if (!recipients.isResolvable()) {
            return 0;
        }
        int notified = 0;
        for (long member : recipients.get().activeMembers()) {
            if (member != authorId) {
                notifications.send(
                        new Notice(
                                member,
                                PlatformNotificationKinds.ANNOUNCEMENT,
                                authorId,
                                announcement.subject().strip(),
                                announcement.url().strip(),
                                announcement.excerpt() == null
                                        ? ""
                                        : announcement.excerpt().strip()));
                notified++;
            }
        }
        return notified;
    }

    private static void check(Announcement announcement) {
        List<FieldError> errors = new ArrayList<>();
        String subject = announcement.subject();
        if (subject == null || subject.isBlank()) {
            errors.add(new FieldError("subject", "notification.announcement.subject.required"));
        } else if (subject.strip().length() > Notification.SUBJECT_MAX) {
            errors.add(
                    new FieldError(
                            "subject",
                            "notification.announcement.subject.too-long",
                            new Object[] {Notification.SUBJECT_MAX}));
        }
        String url = announcement.url() == null ? "" : announcement.url().strip();
        if (url.isEmpty()
                || !LocalRedirect.safe(url).equals(url)
                || url.length() > Notification.URL_MAX) {
            errors.add(new FieldError("url", "notification.announcement.url.invalid"));
        }
        String excerpt = announcement.excerpt();
        if (excerpt != null && excerpt.strip().length() > Notification.EXCERPT_MAX) {
            errors.add(
                    new FieldError(
                            "excerpt",
                            "notification.announcement.excerpt.too-long",
                            new Object[] {Notification.EXCERPT_MAX}));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
    }
}
