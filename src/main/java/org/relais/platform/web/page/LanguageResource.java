package org.relais.platform.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.i18n.Messages;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.web.SecurityHeadersFilter;

/** The language switch: remembers the choice in a cookie and returns to the page. */
@ApplicationScoped
@Path("langue")
public class LanguageResource {
    @Context HttpServletRequest request;

    @GET
    @Path("{code}")
    public Response choose(@PathParam("code") String code, @QueryParam("retour") String back) {
        Locale chosen = Locale.forLanguageTag(code);
        if (Messages.SUPPORTED.stream()
                .noneMatch(l -> l.getLanguage().equals(chosen.getLanguage()))) {
            throw new NotFoundException("error.404");
        }
        NewCookie cookie =
                new NewCookie.Builder(RequestLocale.COOKIE)
                        .value(chosen.getLanguage())
                        .path("/")
                        .maxAge(365 * 24 * 3600)
                        .httpOnly(true)
                        .secure(SecurityHeadersFilter.isHttps(request))
                        .sameSite(NewCookie.SameSite.LAX)
                        .build();
        return Response.seeOther(URI.create(LocalRedirect.safe(back))).cookie(cookie).build();
    }
}
