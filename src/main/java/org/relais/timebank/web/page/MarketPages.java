package org.relais.timebank.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.text.Tags;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;
import org.relais.timebank.application.OfferService;
import org.relais.timebank.application.OfferService.OfferDraft;
import org.relais.timebank.domain.HoursFormat;
import org.relais.timebank.domain.Offer;

/** The market of the time bank: offers and requests of help, filtered; one listing; publishing. */
@Path("banque-de-temps")
@Produces(MediaType.TEXT_HTML)
public class MarketPages {
    static final int PAGE_SIZE = 20;
    static final Map<String, Offer.Kind> KINDS =
            Map.of("offres", Offer.Kind.OFFER, "demandes", Offer.Kind.REQUEST);

    @Inject OfferService offers;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;

    /** A listing as a card shows it. */
    public record Card(OfferService.OfferView offer, String duration) {}

    @GET
    public View market(
            @QueryParam("genre") String kind,
            @QueryParam("competence") String tag,
            @QueryParam("q") String text,
            @QueryParam("page") String page) {
        String genre = kind != null && KINDS.containsKey(kind) ? kind : "";
        String slug = tag == null ? null : Tags.normalize(tag).orElse(null);
        String query = text == null ? "" : text.strip();
        PageRequest paging = PageRequest.of(page, Integer.toString(PAGE_SIZE));
        OfferService.OfferPage result = offers.list(KINDS.get(genre), slug, query, paging);
        String base =
                "/banque-de-temps?genre="
                        + genre
                        + "&competence="
                        + (slug == null ? "" : slug)
                        + "&q="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8);
        return View.of("timebank/market")
                .with("cards", result.items().stream().map(MarketPages::card).toList())
                .with("total", result.total())
                .with("genre", genre)
                .with("competence", slug == null ? "" : slug)
                .with("q", query)
                .with("page", paging.page())
                .with("pageCount", paging.pageCount(result.total()))
                .with("base", base);
    }

    @GET
    @Path("annonces/{id:[0-9]+}")
    public View offer(@PathParam("id") long id) {
        return View.of("timebank/offer").with("card", card(offers.get(id)));
    }

    @GET
    @Path("annonces/nouvelle")
    @RolesAllowed("member")
    public View newOffer() {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : List.of("kind", "title", "description", "tags", "place", "online")) {
            form.put(field, "");
        }
        form.put("kind", "OFFER");
        form.put("durationMinutes", "60");
        return View.of("timebank/new-offer").with("form", form);
    }

    @POST
    @Path("annonces/nouvelle")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(
            @FormParam("kind") String kind,
            @FormParam("title") String title,
            @FormParam("description") String description,
            @FormParam("tags") String tags,
            @FormParam("place") String place,
            @FormParam("online") String online,
            @FormParam("durationMinutes") String duration) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", LedgerPages.orEmpty(kind));
        form.put("title", LedgerPages.orEmpty(title));
        form.put("description", LedgerPages.orEmpty(description));
        form.put("tags", LedgerPages.orEmpty(tags));
        form.put("place", LedgerPages.orEmpty(place));
        form.put("online", "oui".equals(online) ? "oui" : "");
        form.put("durationMinutes", LedgerPages.orEmpty(duration));
        try {
            Long minutes = duration == null ? null : LedgerPages.parse(duration, null);
            OfferService.OfferView published =
                    offers.publish(
                            caller.require(),
                            new OfferDraft(
                                    kind,
                                    title,
                                    description,
                                    List.copyOf(Tags.parseList(LedgerPages.orEmpty(tags))),
                                    place,
                                    "oui".equals(online),
                                    minutes == null ? null : (int) Math.min(minutes, 100_000)));
            return Response.seeOther(URI.create("/banque-de-temps/annonces/" + published.id()))
                    .build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(View.of("timebank/new-offer").with("form", form), violation);
        }
    }

    static Card card(OfferService.OfferView offer) {
        return new Card(offer, HoursFormat.format(offer.durationMinutes()));
    }
}
