package org.relais.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.relais.platform.web.ProblemWriter;

/**
 * One mechanism for the whole application: scripts send {@code Authorization: Bearer <token>};
 * pages carry the login in the session, set by the login page after a session-id change. Every
 * request re-reads the account, so a deleted account or a reset password takes effect at once.
 */
@ApplicationScoped
public class RelaisAuthenticationMechanism implements HttpAuthenticationMechanism {
    private static final String BEARER = "Bearer ";

    @Inject CallerDirectory callers;
    @Inject ProblemWriter problems;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, 7)) {
            Optional<Caller> caller = callers.byApiToken(authorization.substring(7).trim());
            if (caller.isEmpty()) {
                return rejectToken(request, response, context);
            }
            return login(context, caller.get());
        }
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SessionLogin.ATTRIBUTE) instanceof SessionLogin login) {
            Optional<Caller> caller = callers.bySession(login);
            if (caller.isPresent()) {
                return login(context, caller.get());
            }
            session.removeAttribute(SessionLogin.ATTRIBUTE);
        }
        return context.doNothing();
    }

    private static AuthenticationStatus login(HttpMessageContext context, Caller caller) {
        context.getRequest().setAttribute(Caller.class.getName(), caller);
        return context.notifyContainerAboutLogin(
                new CallerPrincipal(Long.toString(caller.accountId())), caller.roles());
    }

    private AuthenticationStatus rejectToken(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            problems.write(request, response, 401, "error.token-invalid");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
