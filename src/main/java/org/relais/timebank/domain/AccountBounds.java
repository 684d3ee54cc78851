package org.relais.timebank.domain;

/**
 * The floor and the ceiling of an account, in minutes. The floor lets a newcomer receive help
 * before giving any (−10 h by default) without letting anyone sink into a debt they cannot repay;
 * the ceiling (+40 h) keeps credits circulating instead of piling up with the same people.
 */
public record AccountBounds(long floorMinutes, long ceilingMinutes) {
    public static final long DEFAULT_FLOOR = -10 * 60;
    public static final long DEFAULT_CEILING = 40 * 60;
    public static final AccountBounds MEMBER_DEFAULT =
            new AccountBounds(DEFAULT_FLOOR, DEFAULT_CEILING);

    /** Pool and hold accounts: never negative, no ceiling. */
    public static final AccountBounds NEVER_NEGATIVE = new AccountBounds(0, Long.MAX_VALUE);

    public AccountBounds {
        if (floorMinutes > 0 || ceilingMinutes < 0) {
            throw new IllegalArgumentException("the floor must be <= 0 and the ceiling >= 0");
        }
    }

    public boolean contains(long balance) {
        return floorMinutes <= balance && balance <= ceilingMinutes;
    }

    public static AccountBounds of(AccountKind kind) {
        return kind == AccountKind.MEMBER ? MEMBER_DEFAULT : NEVER_NEGATIVE;
    }
}
