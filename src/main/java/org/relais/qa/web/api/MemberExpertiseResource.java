package org.relais.qa.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.relais.accounts.application.AccountService;
import org.relais.qa.application.Expertise;
import org.relais.qa.application.Reputations;
import org.relais.qa.web.api.QaJson.ExpertiseJson;
import org.relais.qa.web.api.QaJson.TagExpertiseJson;

/** A member's reputation and expertise per tag. */
@ApplicationScoped
@Path("api/v1/members/{id}/expertise")
@Produces(MediaType.APPLICATION_JSON)
public class MemberExpertiseResource {
    @Inject Expertise expertise;
    @Inject Reputations reputations;
    @Inject AccountService accounts;

    @GET
    public ExpertiseJson expertise(@PathParam("id") long id) {
        accounts.profile(id);
        return new ExpertiseJson(
                String.valueOf(id),
                reputations.of(id),
                expertise.of(id).stream()
                        .map(e -> new TagExpertiseJson(e.tag(), e.score(), e.level().name()))
                        .toList());
    }
}
