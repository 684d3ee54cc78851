package org.relais.accounts.application;

import java.time.OffsetDateTime;
import java.util.List;
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
                List.copyOf(account.roles()),
                account.status().name(),
                account.createdAt(),
                account.confirmedAt());
    }
}
