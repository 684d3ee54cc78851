package org.relais.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, for rate limits. Behind a load balancer ({@code
 * relais.trust-forwarded-for=true}) it is the first address of {@code X-Forwarded-For}; otherwise
 * the socket's peer, since the header could then be forged by anyone.
 */
@ApplicationScoped
public class ClientAddress {
    @Inject
    @ConfigProperty(name = "relais.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    public String of(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (trustForwardedFor && forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        return request.getRemoteAddr();
    }
}
