package org.relais.platform.error;

import java.util.List;

/**
 * Someone else changed the content since the editor opened it: saving would silently overwrite
 * their change. 409, with the message on the {@code revision} field, so that a page shows it above
 * the form it gives back and the API lists it in the problem's {@code errors}.
 */
public class EditConflict extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public EditConflict() {
        super(List.of(new FieldError("revision", "error.edit-conflict")));
    }

    @Override
    public int status() {
        return 409;
    }
}
