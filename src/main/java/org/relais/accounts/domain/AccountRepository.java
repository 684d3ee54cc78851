package org.relais.accounts.domain;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where accounts and their tokens are kept. */
public interface AccountRepository {
    Optional<Account> find(long id);

    /** Whether the account exists and is active, without loading it (one query). */
    boolean isActive(long id);

    /** Who holds a token, when the token is not revoked and its account is active. */
    record TokenHolder(long accountId, String displayName, Set<String> roles) {}

    /**
     * The holder of a token, in one query (the account's roles joined in), as every API request
     * asks it: revoked tokens and deleted or unconfirmed accounts are not found.
     */
    Optional<TokenHolder> activeTokenHolder(String tokenHash);

    /** The account, or a not-found error shown as "membre introuvable". */
    Account get(long id);

    Optional<Account> findByEmail(String normalizedEmail);

    void store(Account account);

    List<Account> newestActive(int offset, int limit);

    long countActive();

    long countAll();

    boolean anyWithRole(String role);

    /** The ids of the active accounts that hold a role. */
    List<Long> activeWithRole(String role);

    void store(EmailToken token);

    Optional<EmailToken> findEmailToken(String tokenHash);

    /** Marks every unused token of this purpose used, so that only the newest link works. */
    void retireEmailTokens(long accountId, TokenPurpose purpose, OffsetDateTime now);

    void store(ApiToken token);

    Optional<ApiToken> findApiToken(long accountId, long tokenId);

    List<ApiToken> apiTokens(long accountId);

    /** Revokes every API token of the account (deletion). */
    void revokeApiTokens(long accountId, OffsetDateTime now);

    /** Display names of the given accounts, by id, in one query (deleted accounts included). */
    Map<Long, String> displayNames(Collection<Long> ids);

    /** Display names of those of the given accounts that are active, by id, in one query. */
    Map<Long, String> activeDisplayNames(Collection<Long> ids);

    /** Active accounts whose display name, lower-cased, is one of the given names: id to name. */
    Map<Long, String> activeByLowerDisplayName(Collection<String> lowerNames);

    /** Active accounts whose display name contains every given word (lower case): id to name. */
    Map<Long, String> activeByDisplayNameWords(List<String> lowerWords, int limit);
}
