package org.relais.timebank.application;

import jakarta.persistence.PessimisticLockException;

/**
 * A payment found, once its accounts were locked, that it needs an account it did not lock (the
 * pool, when the receiver was credited in the meantime). Taking that lock now could deadlock with a
 * transfer that holds it and waits for ours, so the transaction rolls back, writing nothing, and
 * {@link Payments} tries again with the key: the new attempt reads the new balance and locks in
 * ascending order.
 */
public class LockOrderRetry extends PessimisticLockException {
    private static final long serialVersionUID = 1L;

    LockOrderRetry() {
        super("a payment must lock the pool: retried");
    }
}
