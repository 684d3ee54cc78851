package org.relais.qa.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.relais.directory.application.PlaceSearchRequest;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageJson;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.text.Tags;
import org.relais.qa.application.Expertise;
import org.relais.qa.web.api.QaJson.ExpertJson;

/** Who is expert on a tag, and near a place. */
@ApplicationScoped
@Path("api/v1/experts")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertResource {
    @Inject Expertise expertise;

    @GET
    public PageJson<ExpertJson> experts(
            @QueryParam("tag") String tag,
            @QueryParam("near") String near,
            @QueryParam("radiusKm") String radiusKm,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        String slug =
                Tags.normalize(tag)
                        .orElseThrow(() -> RuleViolation.of("tag", "qa.experts.tag-required"));
        var query =
                new PlaceSearchRequest(null, null, null, null, null, null, near, radiusKm)
                        .toQuery();
        var experts = expertise.experts(slug, query.near(), query.radiusKm());
        return PageJson.of(
                experts.stream()
                        .skip(paging.offset())
                        .limit(paging.size())
                        .map(QaJson::of)
                        .toList(),
                experts.size(),
                paging);
    }
}
