package org.relais.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;

/** A member's e-mail choices, one per declared kind, shown and changed together. */
@ApplicationScoped
public class NotificationPreferences {
    @Inject Notifications notifications;

    /** A kind and how often the member is mailed about it. */
    public record PreferenceView(String kind, String labelKey, EmailFrequency frequency) {}

    public List<PreferenceView> of(long accountId) {
        return notifications.kinds().stream()
                .map(
                        k ->
                                new PreferenceView(
                                        k.key(),
                                        k.labelKey(),
                                        notifications.frequency(accountId, k.key())))
                .toList();
    }

    /**
     * Saves the choices (kind → IMMEDIATE, DAILY, WEEKLY or NEVER); kinds left out keep theirs. All
     * or nothing: an unknown kind or frequency refuses the whole request.
     */
    @Transactional
    public List<PreferenceView> choose(long accountId, Map<String, String> choices) {
        Set<String> declared =
                notifications.kinds().stream()
                        .map(NotificationKinds.Kind::key)
                        .collect(Collectors.toSet());
        Map<String, EmailFrequency> valid = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        choices.forEach(
                (kind, frequency) -> {
                    if (!declared.contains(kind)) {
                        errors.add(
                                new FieldError(
                                        kind,
                                        "notification.preference.kind.unknown",
                                        new Object[] {kind}));
                    } else {
                        try {
                            valid.put(kind, EmailFrequency.valueOf(String.valueOf(frequency)));
                        } catch (IllegalArgumentException e) {
                            errors.add(
                                    new FieldError(
                                            kind, "notification.preference.frequency.invalid"));
                        }
                    }
                });
        if (!errors.isEmpty()) {
            throw new RuleViolation(errors);
        }
        valid.forEach((kind, frequency) -> notifications.choose(accountId, kind, frequency));
        return of(accountId);
    }
}
