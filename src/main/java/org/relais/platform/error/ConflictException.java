package org.relais.platform.error;

/** The request clashes with the current state (a duplicate, a concurrent edit). */
public class ConflictException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 409;
    }
}
