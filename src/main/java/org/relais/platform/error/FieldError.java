package org.relais.platform.error;

import java.util.Objects;

/** One invalid field: its name in the form or JSON body, and the bundle key of the message. */
public record FieldError(String field, String messageKey, Object[] arguments) {
    public FieldError {
        Objects.requireNonNull(field);
        Objects.requireNonNull(messageKey);
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public FieldError(String field, String messageKey) {
        this(field, messageKey, new Object[0]);
    }
}
