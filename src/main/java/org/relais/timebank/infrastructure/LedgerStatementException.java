package org.relais.timebank.infrastructure;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * A ledger statement sent in plain JDBC failed: a lock the database gave up waiting for, a deadlock
 * it broke, a constraint it enforced. It is a {@link PersistenceException}, as the same failure
 * through the persistence context would be, so that callers treat both alike ({@code Payments}
 * tries a payment again with its key).
 */
public class LedgerStatementException extends PersistenceException {
    private static final long serialVersionUID = 1L;

    LedgerStatementException(SQLException cause) {
        super(cause.getMessage() + " (SQL state " + cause.getSQLState() + ")", cause);
    }
}
