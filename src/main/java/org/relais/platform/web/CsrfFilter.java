package org.relais.platform.web;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.PayloadTooLargeException;
import org.relais.platform.security.Caller;

/**
 * Refuses cross-site requests that change state. A request from another origin is refused outright;
 * a page form must carry the session's token in its {@code _csrf} field (or the {@code
 * X-CSRF-Token} header, or for file uploads the {@code _csrf} query parameter); an API call made
 * with the session cookie must send the header. Bearer-token calls carry no ambient authority and
 * are exempt, and so are the page actions marked {@link CsrfExempt}, whose URL carries a secret.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class CsrfFilter implements ContainerRequestFilter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    static final int MAX_FORM_BYTES = 1024 * 1024;

    @Context HttpServletRequest servletRequest;
    @Context ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || hasBearer(request) || exempt()) {
            return;
        }
        if (!sameOrigin(request)) {
            throw new AccessDeniedException("error.csrf.origin");
        }
        boolean api = request.getUriInfo().getPath().startsWith("api/");
        boolean sessionCaller = servletRequest.getAttribute(Caller.class.getName()) != null;
        if (api && !sessionCaller) {
            return;
        }
        if (!CsrfTokens.matches(servletRequest.getSession(false), presentedToken(request, api))) {
            throw new AccessDeniedException("error.csrf.token");
        }
    }

    private boolean exempt() {
        return resourceInfo != null
                && resourceInfo.getResourceMethod() != null
                && resourceInfo.getResourceMethod().isAnnotationPresent(CsrfExempt.class);
    }

    private static boolean hasBearer(ContainerRequestContext request) {
        String authorization = request.getHeaderString("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private boolean sameOrigin(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeaderString("X-Forwarded-Host");
            if (host == null) {
                host = request.getHeaderString("Host");
            }
            return uri.getHost() != null && host != null && authority(uri).equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String authority(URI uri) {
        return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    private static String presentedToken(ContainerRequestContext request, boolean api)
            throws IOException {
        String header = request.getHeaderString(CsrfTokens.HEADER);
        if (header != null || api) {
            return header;
        }
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            byte[] body = readLimited(request.getEntityStream());
            request.setEntityStream(new ByteArrayInputStream(body));
            return formField(new String(body, StandardCharsets.UTF_8), CsrfTokens.FIELD);
        }
        return request.getUriInfo().getQueryParameters().getFirst(CsrfTokens.FIELD);
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_FORM_BYTES + 1);
        if (body.length > MAX_FORM_BYTES) {
            throw new PayloadTooLargeException();
        }
        return body;
    }

    static String formField(String body, String name) {
        try {
            return decodeField(body, name);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String decodeField(String body, String name) {
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                return equals < 0
                        ? ""
                        : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
