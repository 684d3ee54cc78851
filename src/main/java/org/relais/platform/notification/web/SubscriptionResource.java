package org.relais.platform.notification.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.relais.platform.notification.Subscription;
import org.relais.platform.notification.Subscriptions;
import org.relais.platform.paging.PageJson;
import org.relais.platform.security.CurrentCaller;

/** What the caller watches, tracks or mutes: forum categories and topics, tags… */
@ApplicationScoped
@Path("api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("member")
public class SubscriptionResource {
    @Inject Subscriptions subscriptions;
    @Inject CurrentCaller caller;

    /** One subscription; a null level removes it. */
    public record SubscriptionJson(String subjectType, String subjectKey, String level) {
        static SubscriptionJson of(Subscription s) {
            return new SubscriptionJson(s.subjectType(), s.subjectKey(), s.level().name());
        }
    }

    @GET
    public PageJson<SubscriptionJson> list() {
        return PageJson.all(
                subscriptions.of(caller.requireId()).stream().map(SubscriptionJson::of).toList());
    }

    /** Sets or removes one subscription; answers the caller's subscriptions. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public PageJson<SubscriptionJson> change(SubscriptionJson body) {
        SubscriptionJson json = body == null ? new SubscriptionJson(null, null, null) : body;
        subscriptions.choose(
                caller.requireId(), json.subjectType(), json.subjectKey(), json.level());
        return list();
    }
}
