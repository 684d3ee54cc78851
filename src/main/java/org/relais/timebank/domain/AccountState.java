package org.relais.timebank.domain;

import java.util.Objects;

/** An account as the rules see it at the moment of a transfer: locked, with its balance. */
public record AccountState(long id, AccountKind kind, long balanceMinutes, AccountBounds bounds) {
    public AccountState {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(bounds);
    }

    /** How many minutes can leave the account before it reaches its floor. */
    public long available() {
        return balanceMinutes - bounds.floorMinutes();
    }

    /** How many minutes it can still receive before its ceiling; unlimited but for members. */
    public long room() {
        if (kind != AccountKind.MEMBER) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, bounds.ceilingMinutes() - balanceMinutes);
    }

    public AccountState withBalance(long balance) {
        return new AccountState(id, kind, balance, bounds);
    }
}
