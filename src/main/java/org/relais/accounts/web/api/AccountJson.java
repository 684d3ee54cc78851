package org.relais.accounts.web.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.relais.accounts.application.OwnAccount;

/** A member's own account on the wire (ids as strings, ARCHITECTURE §10). */
public record AccountJson(
        String id,
        String email,
        String displayName,
        String bio,
        String bioHtml,
        String city,
        List<String> skills,
        Map<String, String> skillLabels,
        List<String> roles,
        String status,
        OffsetDateTime createdAt,
        OffsetDateTime confirmedAt) {
    static AccountJson of(OwnAccount account) {
        return new AccountJson(
                Long.toString(account.id()),
                account.email(),
                account.displayName(),
                account.bioMarkdown(),
                account.bioHtml(),
                account.city(),
                account.skills(),
                account.skillLabels(),
                account.roles(),
                account.status(),
                account.createdAt(),
                account.confirmedAt());
    }
}
