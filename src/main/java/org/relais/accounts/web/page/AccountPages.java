package org.relais.accounts.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.relais.accounts.application.AccountService;
import org.relais.accounts.application.LoginService;
import org.relais.accounts.application.RegisterAccount;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.security.SessionLogin;
import org.relais.platform.web.ClientAddress;
import org.relais.platform.web.page.LocalRedirect;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;

/** Registration, confirmation, login, logout and password reset, as pages that need no script. */
@ApplicationScoped
@Path("")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {
    @Inject AccountService accounts;
    @Inject LoginService logins;
    @Inject ClientAddress clientAddress;
    @Inject RequestLocale locale;
    @Inject FormErrors formErrors;
    @Context HttpServletRequest request;

    @GET
    @Path("inscription")
    public View registerForm() {
        return View.of("accounts/register").with("form", Map.of());
    }

    @POST
    @Path("inscription")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(
            @FormParam("displayName") String displayName,
            @FormParam("email") String email,
            @FormParam("password") String password) {
        try {
            accounts.register(
                    new RegisterAccount(displayName, email, password),
                    clientAddress.of(request),
                    locale.get());
            return Response.ok(View.of("accounts/registered").with("email", email)).build();
        } catch (RuleViolation violation) {
            Map<String, String> form =
                    Map.of("displayName", nullToEmpty(displayName), "email", nullToEmpty(email));
            return formErrors.rerender(View.of("accounts/register").with("form", form), violation);
        }
    }

    @GET
    @Path("inscription/confirmer")
    public Response confirm(@QueryParam("jeton") String token) {
        try {
            accounts.confirmEmail(token);
            return Response.ok(View.of("accounts/confirmed")).build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    View.of("accounts/resend-confirmation").with("form", Map.of()), violation);
        }
    }

    @POST
    @Path("inscription/renvoyer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public View resendConfirmation(@FormParam("email") String email) {
        accounts.resendConfirmation(nullToEmpty(email), clientAddress.of(request), locale.get());
        return View.of("accounts/registered").with("email", email);
    }

    @GET
    @Path("connexion")
    public View loginForm(@QueryParam("retour") String back) {
        return View.of("accounts/login")
                .with("form", Map.of())
                .with("back", LocalRedirect.safe(back));
    }

    @POST
    @Path("connexion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(
            @FormParam("email") String email,
            @FormParam("password") String password,
            @FormParam("retour") String back) {
        try {
            SessionLogin login = logins.login(email, password, clientAddress.of(request));
            HttpSession session = request.getSession(true);
            request.changeSessionId();
            session.setAttribute(SessionLogin.ATTRIBUTE, login);
            return Response.seeOther(URI.create(LocalRedirect.safe(back))).build();
        } catch (RuleViolation violation) {
            View form =
                    View.of("accounts/login")
                            .with("form", Map.of("email", nullToEmpty(email)))
                            .with("back", LocalRedirect.safe(back));
            return formErrors.rerender(form, violation);
        }
    }

    @POST
    @Path("deconnexion")
    public Response logout() {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.seeOther(URI.create("/")).build();
    }

    @GET
    @Path("mot-de-passe-oublie")
    public View forgotForm() {
        return View.of("accounts/forgot-password").with("form", Map.of());
    }

    @POST
    @Path("mot-de-passe-oublie")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response forgot(@FormParam("email") String email) {
        try {
            accounts.requestPasswordReset(email, clientAddress.of(request), locale.get());
            return Response.ok(View.of("accounts/reset-sent").with("email", email)).build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    View.of("accounts/forgot-password").with("form", Map.of()), violation);
        }
    }

    @GET
    @Path("mot-de-passe/nouveau")
    public Response resetForm(@QueryParam("jeton") String token) {
        View form = View.of("accounts/reset-password").with("token", nullToEmpty(token));
        try {
            accounts.checkResetToken(token);
            return Response.ok(form).build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(form, violation);
        }
    }

    @POST
    @Path("mot-de-passe/nouveau")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reset(
            @FormParam("jeton") String token, @FormParam("password") String password) {
        try {
            accounts.resetPassword(token, password);
            return Response.ok(View.of("accounts/reset-done")).build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    View.of("accounts/reset-password").with("token", nullToEmpty(token)),
                    violation);
        }
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
