package org.relais.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.relais.platform.error.NotAuthenticatedException;

/**
 * The member of the current request, as set by {@link RelaisAuthenticationMechanism}. It keeps no
 * state of its own (the injected request is the container's proxy to the current one), so one
 * instance serves every request instead of one being built per request.
 */
@ApplicationScoped
public class CurrentCaller {
    @Inject HttpServletRequest request;

    public Optional<Caller> get() {
        return Optional.ofNullable((Caller) request.getAttribute(Caller.class.getName()));
    }

    /** The caller, or a {@link NotAuthenticatedException} (401 or a redirect to the login page). */
    public Caller require() {
        return get().orElseThrow(NotAuthenticatedException::new);
    }

    public long requireId() {
        return require().accountId();
    }
}
