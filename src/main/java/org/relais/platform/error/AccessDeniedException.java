package org.relais.platform.error;

/** The caller is known but not allowed to do this. */
public class AccessDeniedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 403;
    }
}
