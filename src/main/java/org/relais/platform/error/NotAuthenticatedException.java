package org.relais.platform.error;

/** The caller must log in (pages) or send a valid bearer token (API). */
public class NotAuthenticatedException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException() {
        super("error.401");
    }

    @Override
    public int status() {
        return 401;
    }
}
