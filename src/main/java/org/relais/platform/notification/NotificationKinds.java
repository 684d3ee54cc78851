package org.relais.platform.notification;

import java.util.List;

/**
 * The kinds of notification a capability sends, so that the preferences page can list them and a
 * member can choose, per kind, how often to be mailed.
 */
public interface NotificationKinds {
    List<Kind> kinds();

    /**
     * @param key e.g. {@code forum.mention}
     * @param labelKey bundle key of the label on the preferences page
     * @param defaultFrequency what applies until the member chooses
     */
    record Kind(String key, String labelKey, EmailFrequency defaultFrequency) {}
}
