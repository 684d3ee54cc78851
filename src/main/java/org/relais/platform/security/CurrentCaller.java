package org.relais.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.relais.platform.error.NotAuthenticatedException;

/** The member of the current request, as set by {@link RelaisAuthenticationMechanism}. */
@RequestScoped
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
