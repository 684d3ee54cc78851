package org.relais.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.relais.accounts.domain.Account;
import org.relais.accounts.domain.AccountRepository;
import org.relais.accounts.domain.ApiToken;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.ratelimit.RateLimits;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CallerDirectory;
import org.relais.platform.security.SecretTokens;
import org.relais.platform.security.SessionLogin;

/**
 * Logging in, with a password on the login page or for a new API token, and recognizing callers on
 * later requests. Failed and successful attempts alike count against the per-address and
 * per-account limits, which is how brute force is locked out.
 */
@ApplicationScoped
@Transactional
public class LoginService implements CallerDirectory {
    @Inject AccountRepository accounts;
    @Inject PasswordHasher hasher;
    @Inject RateLimits rateLimits;
    @Inject Clock clock;

    /** Checks the credentials; the answer never tells whether the e-mail exists. */
    public SessionLogin login(String email, String password, String clientAddress) {
        rateLimits.check("login", "ip:" + clientAddress);
        String normalized = AccountService.normalizeEmail(email);
        rateLimits.check("login", "email:" + normalized);
        Optional<Account> account = accounts.findByEmail(normalized);
        boolean valid =
                hasher.verify(
                        password == null ? "" : password,
                        account.map(Account::passwordHash).orElse(null));
        if (!valid || account.isEmpty()) {
            throw RuleViolation.of("password", "login.failed");
        }
        if (!account.get().isActive()) {
            throw RuleViolation.of("email", "login.not-confirmed");
        }
        return new SessionLogin(account.get().id(), account.get().securityStamp());
    }

    /** Logs in and issues a named API token; its secret is returned only this once. */
    public IssuedToken issueToken(
            String email, String password, String name, String clientAddress) {
        SessionLogin login = login(email, password, clientAddress);
        return issueToken(login.accountId(), name);
    }

    public IssuedToken issueToken(long accountId, String name) {
        String label = name == null || name.isBlank() ? "script" : name.strip();
        if (label.length() > ApiToken.NAME_MAX) {
            throw RuleViolation.of("name", "token.name.size");
        }
        String secret = SecretTokens.generate();
        ApiToken token = new ApiToken(accountId, label, SecretTokens.digest(secret), now());
        accounts.store(token);
        return new IssuedToken(secret, ApiTokenView.of(token));
    }

    public List<ApiTokenView> tokens(long accountId) {
        return accounts.apiTokens(accountId).stream().map(ApiTokenView::of).toList();
    }

    public void revokeToken(long accountId, long tokenId) {
        accounts.findApiToken(accountId, tokenId)
                .orElseThrow(() -> new NotFoundException("token.not-found"))
                .revoke(now());
    }

    @Override
    public Optional<Caller> bySession(SessionLogin login) {
        return accounts.find(login.accountId())
                .filter(Account::isActive)
                .filter(a -> a.securityStamp() == login.securityStamp())
                .map(LoginService::caller);
    }

    /**
     * Runs on every request made with a token, as one plain JDBC statement: it opens no transaction
     * of its own, which would cost a JTA begin and commit (and their round trips) per request.
     */
    @Override
    @Transactional(TxType.SUPPORTS)
    public Optional<Caller> byApiToken(String token) {
        return accounts.activeTokenHolder(SecretTokens.digest(token))
                .map(
                        holder ->
                                new Caller(
                                        holder.accountId(), holder.displayName(), holder.roles()));
    }

    private static Caller caller(Account account) {
        return new Caller(account.id(), account.displayName(), account.roles());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
