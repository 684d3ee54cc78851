package org.relais.accounts.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.relais.accounts.application.AccountService;
import org.relais.accounts.application.OwnAccount;
import org.relais.accounts.application.RegisterAccount;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.web.ClientAddress;

/** Registration, e-mail confirmation and password reset for scripts and apps. */
@ApplicationScoped
@Path("api/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {
    @Inject AccountService service;
    @Inject ClientAddress clientAddress;
    @Inject RequestLocale locale;
    @Context HttpServletRequest request;

    /** The link-carried secrets, as JSON bodies. */
    public record TokenJson(String token) {}

    public record EmailJson(String email) {}

    public record PasswordResetJson(String token, String password) {}

    public record RegistrationJson(String displayName, String email, String password) {}

    @POST
    @Path("accounts")
    public Response register(RegistrationJson body) {
        RegisterAccount command =
                body == null
                        ? new RegisterAccount(null, null, null)
                        : new RegisterAccount(body.displayName(), body.email(), body.password());
        OwnAccount account = service.register(command, clientAddress.of(request), locale.get());
        return Response.created(URI.create("/api/v1/members/" + account.id()))
                .entity(AccountJson.of(account))
                .build();
    }

    @POST
    @Path("accounts/confirmation")
    public AccountJson confirm(TokenJson body) {
        return AccountJson.of(service.confirmEmail(body == null ? null : body.token()));
    }

    @POST
    @Path("accounts/confirmation/resend")
    public Response resendConfirmation(EmailJson body) {
        service.resendConfirmation(
                body == null ? "" : body.email(), clientAddress.of(request), locale.get());
        return Response.accepted().build();
    }

    @POST
    @Path("password-resets")
    public Response requestReset(EmailJson body) {
        service.requestPasswordReset(
                body == null ? null : body.email(), clientAddress.of(request), locale.get());
        return Response.accepted().build();
    }

    @POST
    @Path("password-resets/completion")
    public Response completeReset(PasswordResetJson body) {
        service.resetPassword(
                body == null ? null : body.token(), body == null ? null : body.password());
        return Response.noContent().build();
    }
}
