package org.relais.platform.notification.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.relais.platform.notification.Notifications;
import org.relais.platform.web.view.MemberPageSection;

/** On the member's own profile, where to read notifications and choose how they are mailed. */
@ApplicationScoped
public class NotificationsProfileSection implements MemberPageSection {
    @Inject Notifications notifications;

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String template() {
        return "notifications/profile-section";
    }

    @Override
    public Optional<Map<String, Object>> data(long memberId) {
        return Optional.empty();
    }

    @Override
    public Optional<Map<String, Object>> ownData(long memberId) {
        return Optional.of(Map.of("unread", notifications.unreadCount(memberId)));
    }
}
