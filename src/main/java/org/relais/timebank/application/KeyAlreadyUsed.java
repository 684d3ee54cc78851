package org.relais.timebank.application;

/**
 * A transfer was not written because one already holds its unique key: its payer's Idempotency-Key,
 * or for a reversal the transfer it reverses. Nothing was written; the caller answers with the
 * stored transfer or refuses.
 */
class KeyAlreadyUsed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    KeyAlreadyUsed() {
        super("a transfer already holds this key", null, false, false);
    }
}
