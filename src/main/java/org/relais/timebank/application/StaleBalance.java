package org.relais.timebank.application;

import jakarta.persistence.PessimisticLockException;

/**
 * An account's row no longer held the balance this transaction had read under its lock when the
 * transfer's relative update reached it. A lock that works makes this impossible; should it happen,
 * the transaction rolls back, writing nothing (no balance read before is ever written), and {@link
 * Payments} tries again with the key, as after a lock the database gave up waiting for.
 */
public class StaleBalance extends PessimisticLockException {
    private static final long serialVersionUID = 1L;

    StaleBalance(int updated, int expected) {
        super(
                "a locked balance changed under its lock: "
                        + updated
                        + " of "
                        + expected
                        + " accounts updated");
    }
}
