package org.relais.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A short random id given to each request, shown on error pages and in problem documents and
 * written in the logs, so that a user's report leads to the right log line.
 */
public final class CorrelationId {
    public static final String ATTRIBUTE = "relais.correlation-id";
    public static final String HEADER = "X-Correlation-Id";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CorrelationId() {}

    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        String created = HexFormat.of().formatHex(bytes);
        request.setAttribute(ATTRIBUTE, created);
        return created;
    }
}
