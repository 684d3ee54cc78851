package org.relais.qa.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.CurrentCaller;
import org.relais.qa.application.QaMembers;
import org.relais.qa.web.api.QaJson.RoutingJson;

/** The caller's Q&A settings: whether to be told of questions they might answer. */
@ApplicationScoped
@Path("api/v1/me/qa-settings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("member")
public class QaSettingsResource {
    @Inject QaMembers members;
    @Inject CurrentCaller caller;

    @GET
    public RoutingJson get() {
        return new RoutingJson(members.routingOptIn(caller.requireId()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public RoutingJson set(RoutingJson body) {
        long me = caller.requireId();
        if (body == null || body.routingOptIn() == null) {
            throw RuleViolation.of("routingOptIn", "qa.routing.required");
        }
        members.chooseRouting(me, body.routingOptIn());
        return new RoutingJson(members.routingOptIn(me));
    }
}
