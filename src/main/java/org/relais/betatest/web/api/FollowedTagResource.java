package org.relais.betatest.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.relais.betatest.application.CallFollowing;
import org.relais.betatest.web.api.BetaTestJson.FollowInputJson;
import org.relais.betatest.web.api.BetaTestJson.FollowedTagsJson;
import org.relais.platform.security.CurrentCaller;

/** The tags of beta-test calls the caller follows: a new call with one of them notifies them. */
@ApplicationScoped
@Path("api/v1/beta-calls/followed-tags")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("member")
public class FollowedTagResource {
    @Inject CallFollowing following;
    @Inject CurrentCaller caller;

    @GET
    public FollowedTagsJson list() {
        return new FollowedTagsJson(following.followed(caller.requireId()));
    }

    /** {@code {"following":true}} follows the tag, {@code false} stops following it. */
    @PUT
    @Path("{tag}")
    @Consumes(MediaType.APPLICATION_JSON)
    public FollowedTagsJson follow(@PathParam("tag") String tag, FollowInputJson body) {
        long me = caller.requireId();
        following.follow(me, tag, body == null || !Boolean.FALSE.equals(body.following()));
        return new FollowedTagsJson(following.followed(me));
    }
}
