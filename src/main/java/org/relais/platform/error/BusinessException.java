package org.relais.platform.error;

/**
 * Root of the exceptions that use cases throw on purpose. Each subtype maps to one HTTP status; the
 * message is a bundle key, so pages and API speak the reader's language.
 */
public abstract class BusinessException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Object[] arguments;

    protected BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments.clone();
    }

    /** The key of the French (or English) message in {@code i18n/messages}. */
    public String messageKey() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public abstract int status();
}
