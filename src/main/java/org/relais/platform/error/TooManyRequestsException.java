package org.relais.platform.error;

/** A rate limit was reached; the caller may try again after {@code retryAfterSeconds}. */
public class TooManyRequestsException extends BusinessException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds) {
        super("error.429", retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public int status() {
        return 429;
    }
}
