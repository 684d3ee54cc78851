package org.relais.timebank.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageJson;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.text.Tags;
import org.relais.timebank.application.OfferService;
import org.relais.timebank.application.OfferService.OfferDraft;
import org.relais.timebank.domain.Offer;
import org.relais.timebank.web.api.TimebankJson.OfferInputJson;
import org.relais.timebank.web.api.TimebankJson.OfferJson;

/** Offers and requests of help: list with filters, read, publish, edit, close. */
@ApplicationScoped
@Path("api/v1/timebank/offers")
@Produces(MediaType.APPLICATION_JSON)
public class OfferResource {
    @Inject OfferService offers;
    @Inject CurrentCaller caller;

    @GET
    public PageJson<OfferJson> list(
            @QueryParam("kind") String kind,
            @QueryParam("tag") String tag,
            @QueryParam("q") String text,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        OfferService.OfferPage result =
                offers.list(
                        kind(kind),
                        tag == null ? null : Tags.normalize(tag).orElse(null),
                        text,
                        paging);
        return PageJson.of(
                result.items().stream().map(TimebankJson::of).toList(), result.total(), paging);
    }

    @GET
    @Path("{id}")
    public OfferJson get(@PathParam("id") long id) {
        return TimebankJson.of(offers.get(id));
    }

    @POST
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(OfferInputJson body) {
        OfferJson json = TimebankJson.of(offers.publish(caller.require(), draft(body)));
        return Response.created(URI.create("/api/v1/timebank/offers/" + json.id()))
                .entity(json)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public OfferJson edit(@PathParam("id") long id, OfferInputJson body) {
        return TimebankJson.of(offers.edit(caller.require(), id, draft(body)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("member")
    public Response close(@PathParam("id") long id) {
        offers.close(caller.require(), id);
        return Response.noContent().build();
    }

    private static OfferDraft draft(OfferInputJson body) {
        OfferInputJson json =
                body == null ? new OfferInputJson(null, null, null, null, null, null, null) : body;
        return new OfferDraft(
                json.kind(),
                json.title(),
                json.description(),
                json.tags(),
                json.place(),
                json.online(),
                json.durationMinutes());
    }

    private static Offer.Kind kind(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Offer.Kind kind = OfferService.kind(raw);
        if (kind == null) {
            throw RuleViolation.of("kind", "timebank.offer.kind");
        }
        return kind;
    }
}
