package org.relais.accounts.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.relais.accounts.domain.Account;

/** What anyone may see of a member. */
public record MemberProfile(
        long id,
        String displayName,
        String bioHtml,
        String city,
        List<String> skills,
        Map<String, String> skillLabels,
        List<String> roles,
        OffsetDateTime memberSince) {
    static MemberProfile of(Account account) {
        return new MemberProfile(
                account.id(),
                account.displayName(),
                account.bioHtml(),
                account.city(),
                List.copyOf(account.skills()),
                account.skillLabels(),
                List.copyOf(account.roles()),
                account.createdAt());
    }
}
