package org.relais.platform.error;

/** What was asked for does not exist, or no longer does. */
public class NotFoundException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 404;
    }
}
