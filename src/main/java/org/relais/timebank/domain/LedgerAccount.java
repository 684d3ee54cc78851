package org.relais.timebank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An account of the ledger: a member's (created on first use), the community pool, or a hold. Its
 * balance changes only through {@link #apply}, with the minutes of an entry the rules computed.
 */
@Entity
@Table(name = "timebank_account")
public class LedgerAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id")
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AccountKind kind;

    @Column(name = "balance_minutes", nullable = false)
    private long balanceMinutes;

    @Column(name = "floor_minutes", nullable = false)
    private long floorMinutes;

    @Column(name = "ceiling_minutes", nullable = false)
    private long ceilingMinutes;

    @Column(name = "last_activity", nullable = false)
    private OffsetDateTime lastActivity;

    @Column(nullable = false)
    private boolean pseudonymous;

    @Version private long version;

    protected LedgerAccount() {}

    /** A hold account, empty until minutes are set aside in it. */
    public static LedgerAccount hold(OffsetDateTime now) {
        LedgerAccount account = new LedgerAccount();
        account.kind = AccountKind.HOLD;
        account.floorMinutes = AccountBounds.NEVER_NEGATIVE.floorMinutes();
        account.ceilingMinutes = AccountBounds.NEVER_NEGATIVE.ceilingMinutes();
        account.lastActivity = Objects.requireNonNull(now);
        return account;
    }

    /**
     * An account as a locking statement read it, outside any persistence context: the ledger's
     * payments read their accounts by plain SQL (a payment is the time bank's busiest write).
     */
    public static LedgerAccount snapshot(
            long id, Long memberId, AccountKind kind, long balance, AccountBounds bounds) {
        LedgerAccount account = new LedgerAccount();
        account.id = id;
        account.memberId = memberId;
        account.kind = Objects.requireNonNull(kind);
        account.balanceMinutes = balance;
        account.floorMinutes = bounds.floorMinutes();
        account.ceilingMinutes = bounds.ceilingMinutes();
        return account;
    }

    public AccountState state() {
        return new AccountState(id, kind, balanceMinutes, bounds());
    }

    public AccountBounds bounds() {
        return new AccountBounds(floorMinutes, ceilingMinutes);
    }

    /**
     * Adds (or takes) the minutes of one entry; returns the new balance. {@code activity} is null
     * for a move that is not the member's doing (melting), which leaves the last activity as it
     * was.
     */
    public long apply(long minutes, OffsetDateTime activity) {
        balanceMinutes = Math.addExact(balanceMinutes, minutes);
        if (activity != null) {
            lastActivity = activity;
        }
        return balanceMinutes;
    }

    /** New bounds from a coordinator; refused when the balance would lie outside them. */
    public void bound(AccountBounds bounds) {
        if (kind != AccountKind.MEMBER) {
            throw new IllegalStateException("only member accounts have settable bounds");
        }
        if (!bounds.contains(balanceMinutes)) {
            throw org.relais.platform.error.RuleViolation.of(
                    "floorMinutes", "timebank.bounds.outside", HoursFormat.format(balanceMinutes));
        }
        floorMinutes = bounds.floorMinutes();
        ceilingMinutes = bounds.ceilingMinutes();
    }

    public void choosePseudonym(boolean hidden) {
        pseudonymous = hidden;
    }

    public Long id() {
        return id;
    }

    public Long memberId() {
        return memberId;
    }

    public AccountKind kind() {
        return kind;
    }

    public long balanceMinutes() {
        return balanceMinutes;
    }

    public OffsetDateTime lastActivity() {
        return lastActivity;
    }

    public boolean pseudonymous() {
        return pseudonymous;
    }
}
