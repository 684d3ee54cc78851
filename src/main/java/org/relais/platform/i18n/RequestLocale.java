package org.relais.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The language of the current request: the visitor's choice (a cookie set by the language switch),
 * else the browser's Accept-Language, else French.
 */
@RequestScoped
public class RequestLocale {
    public static final String COOKIE = "relais_lang";

    @Inject HttpServletRequest request;

    private Locale locale;

    public Locale get() {
        if (locale == null) {
            locale = resolve();
        }
        return locale;
    }

    private Locale resolve() {
        return resolve(request);
    }

    /**
     * The request's language, for code that runs outside a CDI request scope. Pages are French
     * unless the visitor chose English with the switch; API clients may also ask with
     * Accept-Language.
     */
    public static Locale resolve(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return Messages.supported(Locale.forLanguageTag(cookie.getValue()));
                }
            }
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") && request.getHeader("Accept-Language") != null) {
            return Messages.supported(request.getLocale());
        }
        return Messages.FRENCH;
    }
}
