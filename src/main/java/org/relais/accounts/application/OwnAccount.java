package org.relais.accounts.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.relais.accounts.domain.Account;

/** What a member sees of their own account, e-mail and Markdown source included. */
public record OwnAccount(
        long id,
        String email,
        String displayName,
        String bioMarkdown,
        String bioHtml,
        String city,
        List<String> skills,
        Map<String, String> skillLabels,
        List<String> roles,
        String status,
        OffsetDateTime createdAt,
        OffsetDateTime confirmedAt) {
    static OwnAccount of(Account account) {
        return new OwnAccount(
                account.id(),
                account.email(),
                account.displayName(),
                account.bioMarkdown(),
                account.bioHtml(),
                account.city(),
                List.copyOf(account.skills()),
                account.skillLabels(),
                List.copyOf(account.roles()),
                account.status().name(),
                account.createdAt(),
                account.confirmedAt());
    }
}
