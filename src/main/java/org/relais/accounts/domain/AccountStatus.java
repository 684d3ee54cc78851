package org.relais.accounts.domain;

/** Life of an account: registered but e-mail not confirmed, active, or deleted (erased). */
public enum AccountStatus {
    PENDING,
    ACTIVE,
    DELETED
}
