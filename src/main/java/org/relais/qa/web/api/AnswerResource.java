package org.relais.qa.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.relais.platform.security.CurrentCaller;
import org.relais.qa.application.QaModeration;
import org.relais.qa.application.QaVoting;
import org.relais.qa.domain.PostType;
import org.relais.qa.web.api.QaJson.EditAnswerJson;
import org.relais.qa.web.api.QaJson.QuestionJson;
import org.relais.qa.web.api.QaJson.VoteJson;
import org.relais.qa.web.api.QaJson.VoteResultJson;

/** Votes on and edits of answers. */
@ApplicationScoped
@Path("api/v1/answers")
@Produces(MediaType.APPLICATION_JSON)
public class AnswerResource {
    @Inject QaVoting voting;
    @Inject QaModeration moderation;
    @Inject CurrentCaller caller;

    @POST
    @Path("{id}/vote")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public VoteResultJson vote(@PathParam("id") long id, VoteJson body) {
        Integer value = body == null ? null : body.value();
        return new VoteResultJson(voting.vote(caller.require(), PostType.ANSWER, id, value), value);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionJson edit(@PathParam("id") long id, EditAnswerJson body) {
        return QaJson.of(
                moderation.editAnswer(
                        caller.require(),
                        id,
                        body == null ? null : body.body(),
                        body == null ? null : body.revision()));
    }
}
