package org.relais.qa.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageJson;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.tags.TagRegistry;
import org.relais.platform.tags.TagView;
import org.relais.qa.application.QaMembers;
import org.relais.qa.application.QaModeration;
import org.relais.qa.web.api.QaJson.FollowJson;
import org.relais.qa.web.api.QaJson.TagEditJson;

/**
 * Tag suggestions while typing, editing a tag's label and description, and following a tag (new
 * questions in it are notified).
 */
@ApplicationScoped
@Path("api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
public class TagResource {
    @Inject TagRegistry tags;
    @Inject QaMembers members;
    @Inject QaModeration moderation;
    @Inject CurrentCaller caller;

    @GET
    public PageJson<TagView> suggest(@QueryParam("q") String q) {
        List<TagView> found = tags.suggest(q == null ? "" : q, 20);
        return PageJson.all(found);
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public TagView edit(@PathParam("slug") String slug, TagEditJson body) {
        TagEditJson json = body == null ? new TagEditJson(null, null) : body;
        return moderation.editTag(caller.require(), slug, json.label(), json.description());
    }

    @PUT
    @Path("{slug}/following")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public FollowJson follow(@PathParam("slug") String slug, FollowJson body) {
        long me = caller.requireId();
        if (body == null || body.following() == null) {
            throw RuleViolation.of("following", "qa.tag.following.required");
        }
        members.followTag(me, slug, body.following());
        return new FollowJson(members.follows(me, slug));
    }
}
