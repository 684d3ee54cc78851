package org.relais.platform.error;

import java.util.List;

/**
 * The input breaks a rule of the domain. Carries one message per offending field, so a page shows
 * each beside its field and the API lists them in the problem's {@code errors}.
 */
public class RuleViolation extends BusinessException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public RuleViolation(List<FieldError> errors) {
        this("error.validation", errors);
    }

    /** With a summary of its own, for a subtype whose status says more than "invalid". */
    protected RuleViolation(String messageKey, List<FieldError> errors) {
        super(messageKey);
        this.errors = List.copyOf(errors);
    }

    public static RuleViolation of(String field, String messageKey, Object... arguments) {
        return new RuleViolation(List.of(new FieldError(field, messageKey, arguments)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public int status() {
        return 422;
    }
}
