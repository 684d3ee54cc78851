package org.relais.platform.error;

/** The request body is larger than the limit for this kind of request. */
public class PayloadTooLargeException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException() {
        super("error.413");
    }

    @Override
    public int status() {
        return 413;
    }
}
