package org.relais.qa.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.tags.TagRegistry;
import org.relais.platform.tags.TagView;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;
import org.relais.qa.application.Expertise;
import org.relais.qa.application.QaMembers;
import org.relais.qa.application.QaModeration;
import org.relais.qa.application.QaService;
import org.relais.qa.domain.QaRepository;

/**
 * A tag's page: its description (editable by those who may create tags), its experts, its latest
 * questions, and following it.
 */
@ApplicationScoped
@Path("etiquettes")
@Produces(MediaType.TEXT_HTML)
public class TagPages {
    @Inject Expertise expertise;
    @Inject QaService qa;
    @Inject QaModeration moderation;
    @Inject QaMembers members;
    @Inject TagRegistry tags;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;

    @GET
    @Path("{slug}")
    public View tag(@PathParam("slug") String slug) {
        TagView tag = tags.get(slug);
        return View.of("qa/tag")
                .with("tag", tag)
                .with(
                        "experts",
                        expertise.experts(slug, Optional.empty(), 0).stream().limit(10).toList())
                .with(
                        "questions",
                        qa.list(QaRepository.Sort.NEWEST, slug, PageRequest.of("1", "10")).items())
                .with(
                        "following",
                        caller.get().map(c -> members.follows(c.accountId(), slug)).orElse(false))
                .with("mayEditTag", moderation.editsTags(caller.get().orElse(null)))
                .with("form", Map.of("label", tag.label(), "description", tag.description()));
    }

    /** Members who may create tags, and moderators, reword a tag's label and description. */
    @POST
    @Path("{slug}/modifier")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(
            @PathParam("slug") String slug,
            @FormParam("label") String label,
            @FormParam("description") String description) {
        try {
            TagView edited = moderation.editTag(caller.require(), slug, label, description);
            return Response.seeOther(URI.create("/etiquettes/" + edited.slug())).build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    tag(slug)
                            .with(
                                    "form",
                                    Map.of(
                                            "label",
                                            QuestionPages.orEmpty(label),
                                            "description",
                                            QuestionPages.orEmpty(description))),
                    violation);
        }
    }

    @POST
    @Path("{slug}/suivre")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response follow(@PathParam("slug") String slug, @FormParam("suivre") String follow) {
        members.followTag(caller.requireId(), slug, "oui".equals(follow));
        return Response.seeOther(URI.create("/etiquettes/" + tags.get(slug).slug())).build();
    }
}
