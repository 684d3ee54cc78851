package org.relais.platform.web;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** The per-session token that every state-changing form carries in its {@code _csrf} field. */
public final class CsrfTokens {
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = "relais.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {}

    /** The session's token, created with the session if needed. */
    public static String token(HttpSession session) {
        synchronized (session) {
            Object existing = session.getAttribute(ATTRIBUTE);
            if (existing instanceof String token) {
                return token;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, token);
            return token;
        }
    }

    /** Whether the presented token is the session's, compared in constant time. */
    public static boolean matches(HttpSession session, String presented) {
        if (session == null || presented == null) {
            return false;
        }
        Object expected = session.getAttribute(ATTRIBUTE);
        return expected instanceof String token
                && MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8),
                        presented.getBytes(StandardCharsets.UTF_8));
    }
}
