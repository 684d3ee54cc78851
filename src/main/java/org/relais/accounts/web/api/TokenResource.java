package org.relais.accounts.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.relais.accounts.application.ApiTokenView;
import org.relais.accounts.application.IssuedToken;
import org.relais.accounts.application.LoginService;
import org.relais.platform.paging.PageJson;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.ClientAddress;

/** API tokens: issued against e-mail and password, listed and revoked by their owner. */
@ApplicationScoped
@Path("api/v1/tokens")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {
    @Inject LoginService logins;
    @Inject CurrentCaller caller;
    @Inject ClientAddress clientAddress;
    @Context HttpServletRequest request;

    public record Credentials(String email, String password, String name) {}

    public record IssuedTokenJson(String token, String id, String name, OffsetDateTime createdAt) {}

    public record TokenJson(
            String id,
            String name,
            OffsetDateTime createdAt,
            OffsetDateTime lastUsedAt,
            boolean active) {
        static TokenJson of(ApiTokenView view) {
            return new TokenJson(
                    Long.toString(view.id()),
                    view.name(),
                    view.createdAt(),
                    view.lastUsedAt(),
                    view.active());
        }
    }

    @POST
    public Response issue(Credentials credentials) {
        Credentials given = credentials == null ? new Credentials(null, null, null) : credentials;
        IssuedToken issued =
                logins.issueToken(
                        given.email(), given.password(), given.name(), clientAddress.of(request));
        return Response.status(Response.Status.CREATED)
                .entity(
                        new IssuedTokenJson(
                                issued.secret(),
                                Long.toString(issued.token().id()),
                                issued.token().name(),
                                issued.token().createdAt()))
                .build();
    }

    @GET
    @RolesAllowed("member")
    public PageJson<TokenJson> list() {
        List<TokenJson> tokens =
                logins.tokens(caller.requireId()).stream().map(TokenJson::of).toList();
        return PageJson.all(tokens);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("member")
    public Response revoke(@PathParam("id") long id) {
        logins.revokeToken(caller.requireId(), id);
        return Response.noContent().build();
    }
}
