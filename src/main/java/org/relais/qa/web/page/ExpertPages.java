package org.relais.qa.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.directory.application.PlaceSearchRequest;
import org.relais.directory.domain.PlaceQuery;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.tags.TagRegistry;
import org.relais.platform.text.Tags;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;
import org.relais.qa.application.Expertise;

/** "Who is expert on X near Y": experts of a tag around a town or a point, with a map. */
@ApplicationScoped
@Path("experts")
@Produces(MediaType.TEXT_HTML)
public class ExpertPages {
    /** How many subjects the page offers before any search. */
    private static final int TOPICS = 12;

    @Inject Expertise expertise;
    @Inject TagRegistry tags;
    @Inject FormErrors formErrors;

    @Inject
    @ConfigProperty(name = "relais.map.tiles-url")
    String tilesUrl;

    @Inject
    @ConfigProperty(name = "relais.map.attribution")
    String attribution;

    @GET
    public Response experts(
            @QueryParam("etiquette") String tag,
            @QueryParam("pres") String near,
            @QueryParam("rayon") String radius) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("etiquette", tag == null ? "" : tag);
        form.put("pres", near == null ? "" : near);
        form.put("rayon", radius == null || radius.isBlank() ? "20" : radius);
        View view =
                View.of("qa/experts")
                        .with("form", form)
                        .with("knownTags", tags.suggest("", 200))
                        .with("tilesUrl", tilesUrl)
                        .with("attribution", attribution)
                        .with("experts", List.of())
                        .with("searched", false);
        var slug = Tags.normalize(tag);
        if (slug.isEmpty()) {
            return Response.ok(view.with("topics", expertise.answeredTopics(TOPICS))).build();
        }
        try {
            PlaceQuery query =
                    new PlaceSearchRequest(
                                    null, null, null, null, null, null, near, form.get("rayon"))
                            .toQuery();
            return Response.ok(
                            view.with(
                                            "experts",
                                            expertise.experts(
                                                    slug.get(), query.near(), query.radiusKm()))
                                    .with("searched", true)
                                    .with("tag", tags.find(slug.get()).orElse(null)))
                    .build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(view, violation);
        }
    }
}
