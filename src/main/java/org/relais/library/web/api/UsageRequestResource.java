package org.relais.library.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.relais.library.application.ContractRef;
import org.relais.library.application.UsageService;
import org.relais.library.web.UseInput;
import org.relais.library.web.api.UsageJson.ContractLinkJson;
import org.relais.library.web.api.UsageJson.GrantJson;
import org.relais.library.web.api.UsageJson.MessageJson;
import org.relais.library.web.api.UsageJson.RequestJson;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.paging.PageJson;
import org.relais.platform.security.CurrentCaller;

/**
 * Usage requests after the engine's answer: the requester sends an uncovered one to the author; the
 * author lists them ({@code ?role=author}) and grants or refuses.
 */
@ApplicationScoped
@Path("api/v1/usage-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("member")
public class UsageRequestResource {
    @Inject UsageService usage;
    @Inject CurrentCaller caller;
    @Inject RequestLocale locale;

    @GET
    public PageJson<RequestJson> list(@QueryParam("role") String role) {
        var requests =
                "author".equals(role)
                        ? usage.inbox(caller.require(), locale.get())
                        : usage.mine(caller.require(), locale.get());
        return PageJson.all(requests.stream().map(RequestJson::of).toList());
    }

    @GET
    @Path("{id:[0-9]+}")
    public RequestJson get(@PathParam("id") long id) {
        return RequestJson.of(usage.view(caller.require(), id, locale.get()));
    }

    @POST
    @Path("{id:[0-9]+}/send")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestJson send(@PathParam("id") long id, MessageJson body) {
        usage.sendToAuthor(caller.require(), id, body == null ? null : body.message());
        return get(id);
    }

    @POST
    @Path("{id:[0-9]+}/grant")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContractLinkJson grant(@PathParam("id") long id, GrantJson body) {
        GrantJson g = body == null ? new GrantJson(null, null, null) : body;
        ContractRef contract =
                usage.grant(
                        caller.require(),
                        id,
                        g.conditions(),
                        UseInput.day("from", g.from()),
                        UseInput.day("to", g.to()));
        return ContractLinkJson.of(contract);
    }

    @POST
    @Path("{id:[0-9]+}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestJson refuse(@PathParam("id") long id, MessageJson body) {
        usage.refuse(caller.require(), id, body == null ? null : body.message());
        return get(id);
    }
}
