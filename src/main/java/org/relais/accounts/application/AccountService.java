package org.relais.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.relais.accounts.domain.Account;
import org.relais.accounts.domain.AccountRepository;
import org.relais.accounts.domain.AccountStatus;
import org.relais.accounts.domain.EmailToken;
import org.relais.accounts.domain.PasswordPolicy;
import org.relais.accounts.domain.PasswordProblem;
import org.relais.accounts.domain.TokenPurpose;
import org.relais.platform.error.FieldConflict;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.mail.MailMessage;
import org.relais.platform.mail.MailTemplates;
import org.relais.platform.markdown.MarkdownRenderer;
import org.relais.platform.markdown.RenderedMarkdown;
import org.relais.platform.notification.NotificationPreferences;
import org.relais.platform.notification.Subscriptions;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.personaldata.PersonalDataExport;
import org.relais.platform.personaldata.PersonalDataSection;
import org.relais.platform.ratelimit.RateLimits;
import org.relais.platform.security.Caller;
import org.relais.platform.security.SecretTokens;
import org.relais.platform.text.Tags;
import org.relais.platform.validation.CommandValidator;

/**
 * The account use cases: register, confirm, profile, password reset, deletion. Pages and the JSON
 * API both call these methods; none of them touches the database directly.
 */
@ApplicationScoped
@Transactional
public class AccountService {
    public static final String SEARCH_TYPE = "member";

    @Inject AccountRepository accounts;
    @Inject PasswordHasher hasher;
    @Inject CommandValidator validator;
    @Inject MarkdownRenderer markdown;
    @Inject MailTemplates mails;
    @Inject Event<MailMessage> mailbox;
    @Inject SearchOutbox outbox;
    @Inject RateLimits rateLimits;
    @Inject Clock clock;
    @Inject NotificationPreferences notificationPreferences;
    @Inject Subscriptions subscriptions;
    @Inject PersonalDataExport personalData;

    private final PasswordPolicy passwordPolicy = new PasswordPolicy();

    /** Creates a pending account and mails the confirmation link (valid 48 h). */
    public OwnAccount register(RegisterAccount command, String clientAddress, Locale locale) {
        rateLimits.check("registration", "ip:" + clientAddress);
        validator.check(command);
        String email = normalizeEmail(command.email());
        String displayName = command.displayName().strip();
        checkPassword(command.password(), email, displayName);
        if (accounts.findByEmail(email).isPresent()) {
            throw new FieldConflict("email", "account.email.taken");
        }
        Account account =
                Account.register(email, displayName, hasher.hash(command.password()), now());
        accounts.store(account);
        sendLink(account, TokenPurpose.CONFIRM_EMAIL, "confirm-email", locale);
        return OwnAccount.of(account);
    }

    /** Confirms the e-mail behind a link; the link works once, for 48 hours. */
    public OwnAccount confirmEmail(String token) {
        EmailToken emailToken = usableToken(token, TokenPurpose.CONFIRM_EMAIL);
        emailToken.use(now());
        Account account = accounts.get(emailToken.accountId());
        account.confirm(now());
        outbox.changed(SEARCH_TYPE, account.id());
        return OwnAccount.of(account);
    }

    /** Sends a new confirmation link to a pending account; silent for any other address. */
    public void resendConfirmation(String email, String clientAddress, Locale locale) {
        rateLimits.check("password-reset", "ip:" + clientAddress);
        accounts.findByEmail(normalizeEmail(email))
                .filter(a -> a.status() == AccountStatus.PENDING)
                .ifPresent(a -> sendLink(a, TokenPurpose.CONFIRM_EMAIL, "confirm-email", locale));
    }

    /**
     * Mails a reset link (valid 1 h) if the address belongs to an active account. The answer is the
     * same either way, so the form tells nobody which addresses are registered.
     */
    public void requestPasswordReset(String email, String clientAddress, Locale locale) {
        rateLimits.check("password-reset", "ip:" + clientAddress);
        if (email == null || email.isBlank()) {
            throw RuleViolation.of("email", "account.email.required");
        }
        accounts.findByEmail(normalizeEmail(email))
                .filter(Account::isActive)
                .ifPresent(a -> sendLink(a, TokenPurpose.RESET_PASSWORD, "reset-password", locale));
    }

    /**
     * Checks a reset link when its form is opened, so that an expired or used link says so before
     * the member types a new password for nothing.
     */
    public void checkResetToken(String token) {
        usableToken(token, TokenPurpose.RESET_PASSWORD);
    }

    /**
     * Sets a new password from a reset link. Every existing session of the account ends and every
     * API token is revoked: a reset is how a member takes back an account someone else may have
     * entered, and a token that person created must not outlive it.
     */
    public void resetPassword(String token, String newPassword) {
        EmailToken emailToken = usableToken(token, TokenPurpose.RESET_PASSWORD);
        Account account = accounts.get(emailToken.accountId());
        checkPassword(newPassword, account.email(), account.displayName());
        emailToken.use(now());
        account.changePassword(hasher.hash(newPassword));
        account.confirm(now());
        accounts.revokeApiTokens(account.id(), now());
    }

    public OwnAccount updateProfile(long accountId, UpdateProfile command) {
        validator.check(command);
        Account account = activeAccount(accountId);
        String formerName = account.displayName();
        String bio = Optional.ofNullable(command.bio()).orElse("").strip();
        RenderedMarkdown rendered = markdown.render(bio);
        Map<String, String> skills = Tags.labelled(command.skills());
        if (skills.size() > Account.SKILLS_MAX) {
            throw RuleViolation.of("skills", "account.skills.size");
        }
        account.updateProfile(
                command.displayName().strip(),
                rendered.source(),
                rendered.html(),
                Optional.ofNullable(command.city()).orElse("").strip(),
                skills);
        outbox.changed(SEARCH_TYPE, account.id());
        if (!formerName.equals(account.displayName())) {
            outbox.authorRenamed(formerName);
        }
        return OwnAccount.of(account);
    }

    public OwnAccount ownAccount(long accountId) {
        return OwnAccount.of(activeAccount(accountId));
    }

    /** A member's public profile; deleted and unconfirmed accounts are not found. */
    public MemberProfile profile(long accountId) {
        return MemberProfile.of(activeAccount(accountId));
    }

    /** How to write to a member: for mails that other capabilities send them. */
    public record Contact(String email, String displayName) {}

    public Optional<Contact> findContact(long accountId) {
        return accounts.find(accountId)
                .filter(Account::isActive)
                .map(a -> new Contact(a.email(), a.displayName()));
    }

    /**
     * Whether the account is a member's that is neither deleted nor unconfirmed: {@link
     * #findProfile} without loading the profile, for checks on a hot path (a payment's receiver).
     */
    public boolean isActiveMember(long accountId) {
        return accounts.isActive(accountId);
    }

    /** A member's public profile, or empty for a deleted or unconfirmed account. */
    public Optional<MemberProfile> findProfile(long accountId) {
        return accounts.find(accountId).filter(Account::isActive).map(MemberProfile::of);
    }

    public List<MemberProfile> newestMembers(int offset, int limit) {
        return accounts.newestActive(offset, limit).stream().map(MemberProfile::of).toList();
    }

    public long countMembers() {
        return accounts.countActive();
    }

    /**
     * Everything Relais holds about the member, as a document they can download: the account and
     * its settings, then under {@code content} what each capability holds (see {@link
     * PersonalDataSection}).
     */
    public Map<String, Object> export(long accountId, List<ApiTokenView> tokens) {
        Account account = activeAccount(accountId);
        Map<String, String> frequencies = new LinkedHashMap<>();
        notificationPreferences
                .of(accountId)
                .forEach(p -> frequencies.put(p.kind(), p.frequency().name()));
        return Map.of(
                "exportedAt", now(),
                "content", personalData.of(accountId),
                "account", OwnAccount.of(account),
                "apiTokens", tokens,
                "notificationPreferences", frequencies,
                "subscriptions",
                        subscriptions.of(accountId).stream()
                                .map(
                                        s ->
                                                Map.of(
                                                        "subjectType", s.subjectType(),
                                                        "subjectKey", s.subjectKey(),
                                                        "level", s.level().name()))
                                .toList());
    }

    /**
     * Deletes the member: personal data erased, sessions and tokens ended. What they wrote stays,
     * signed "membre supprimé".
     */
    public void delete(long accountId) {
        Account account = activeAccount(accountId);
        String formerName = account.displayName();
        account.erase(now());
        accounts.revokeApiTokens(accountId, now());
        outbox.removed(SEARCH_TYPE, accountId);
        outbox.authorRenamed(formerName);
    }

    /** Deletion from the pages, where the password is asked again as for any irreversible act. */
    public void delete(long accountId, String password) {
        Account account = activeAccount(accountId);
        if (password == null || !hasher.verify(password, account.passwordHash())) {
            throw RuleViolation.of("password", "account.password.wrong");
        }
        delete(accountId);
    }

    /**
     * Creates an active account without a confirmation mail, with extra roles: for the first
     * administrator, whose address the operator vouches for, and for the demo content.
     */
    public long provision(RegisterAccount command, String... roles) {
        validator.check(command);
        String email = normalizeEmail(command.email());
        checkPassword(command.password(), email, command.displayName());
        return provisionHashed(
                email, command.displayName().strip(), hasher.hash(command.password()), roles);
    }

    /** As {@link #provision}, with a hash computed once for many demo accounts. */
    public long provisionHashed(
            String email, String displayName, String passwordHash, String... roles) {
        if (accounts.findByEmail(normalizeEmail(email)).isPresent()) {
            throw new FieldConflict("email", "account.email.taken");
        }
        Account account = Account.register(normalizeEmail(email), displayName, passwordHash, now());
        account.confirm(now());
        for (String role : roles) {
            account.grant(role);
        }
        accounts.store(account);
        outbox.changed(SEARCH_TYPE, account.id());
        return account.id();
    }

    /**
     * Gives an active member one more role, such as an administrator naming a newsletter editor; it
     * applies from their next login.
     */
    public void grantRole(long accountId, String role) {
        activeAccount(accountId).grant(role);
    }

    public boolean anyAdmin() {
        return accounts.anyWithRole(Caller.ADMIN);
    }

    /** The active administrators, for alerts that need a person (a broken ledger). */
    public List<Long> administrators() {
        return accounts.activeWithRole(Caller.ADMIN);
    }

    public boolean anyAccount() {
        return accounts.countAll() > 0;
    }

    Account activeAccount(long accountId) {
        return accounts.find(accountId)
                .filter(Account::isActive)
                .orElseThrow(() -> new NotFoundException("account.not-found"));
    }

    private EmailToken usableToken(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank()) {
            throw RuleViolation.of("token", "account.token.invalid");
        }
        return accounts.findEmailToken(SecretTokens.digest(token))
                .filter(t -> t.purpose() == purpose && t.isUsable(now()))
                .orElseThrow(() -> RuleViolation.of("token", "account.token.invalid"));
    }

    private void sendLink(Account account, TokenPurpose purpose, String template, Locale locale) {
        String secret = SecretTokens.generate();
        accounts.retireEmailTokens(account.id(), purpose, now());
        accounts.store(new EmailToken(account.id(), purpose, SecretTokens.digest(secret), now()));
        mailbox.fire(
                mails.compose(
                        account.email(),
                        template,
                        locale,
                        Map.of("name", account.displayName(), "token", secret)));
    }

    void checkPassword(String password, String email, String displayName) {
        List<PasswordProblem> problems =
                passwordPolicy.check(password == null ? "" : password, email, displayName);
        if (!problems.isEmpty()) {
            throw new RuleViolation(
                    problems.stream()
                            .map(p -> new FieldError("password", p.messageKey()))
                            .toList());
        }
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Display names by account id, in one query: for lists that show many authors. */
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        return accounts.displayNames(accountIds);
    }

    /** The display names of those of the given members that are active, in one query. */
    public Map<Long, String> activeDisplayNames(Collection<Long> accountIds) {
        return accounts.activeDisplayNames(accountIds);
    }

    /** Active members named (case-insensitively) by one of the given display names. */
    public Map<Long, String> activeByDisplayName(Collection<String> lowerCaseNames) {
        return accounts.activeByLowerDisplayName(lowerCaseNames);
    }

    /** Active members whose display name contains every word typed, by name: for name pickers. */
    public Map<Long, String> activeNamed(String typed, int limit) {
        List<String> words =
                typed == null
                        ? List.of()
                        : java.util.Arrays.stream(typed.toLowerCase(Locale.ROOT).split("\\s+"))
                                .filter(w -> !w.isBlank())
                                .toList();
        return words.isEmpty() ? Map.of() : accounts.activeByDisplayNameWords(words, limit);
    }

    /** When the member joined, or empty for an unknown account. */
    public Optional<OffsetDateTime> memberSince(long accountId) {
        return accounts.find(accountId).map(Account::createdAt);
    }
}
