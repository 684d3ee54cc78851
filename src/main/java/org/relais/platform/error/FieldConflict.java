package org.relais.platform.error;

/** A field's value clashes with existing data (an e-mail already used): 409 with field errors. */
public class FieldConflict extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public FieldConflict(String field, String messageKey) {
        super(java.util.List.of(new FieldError(field, messageKey)));
    }

    @Override
    public int status() {
        return 409;
    }
}
