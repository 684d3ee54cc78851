package org.relais.accounts.domain;

/** A reason to refuse a new password; its message is the bundle entry of {@link #messageKey()}. */
public enum PasswordProblem {
    TOO_SHORT("password.too-short"),
    TOO_LONG("password.too-long"),
    COMMON("password.common"),
    CONTAINS_PERSONAL_DATA("password.contains-personal-data"),
    TRIVIAL("password.trivial");

    private final String messageKey;

    PasswordProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
