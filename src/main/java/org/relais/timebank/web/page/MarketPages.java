package org.relais.timebank.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.text.Tags;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;
import org.relais.timebank.application.OfferService;
import org.relais.timebank.domain.HoursFormat;
import org.relais.timebank.domain.Offer;

/** The market of the time bank: offers and requests of help, filtered; publishing one. */
@ApplicationScoped
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
    @Path("annonces/nouvelle")
    @RolesAllowed("member")
    public View newOffer() {
        return newOfferView(OfferForm.of("OFFER", "", "", "", "", "", "60"));
    }

    private static View newOfferView(Map<String, String> form) {
        return View.of("timebank/new-offer")
                .with("form", form)
                .with("action", "/banque-de-temps/annonces/nouvelle")
                .with("editing", false);
    }

    @POST
    @Path("annonces/nouvelle")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@BeanParam OfferForm.Posted posted) {
        Map<String, String> form = posted.form();
        try {
            OfferService.OfferView published =
                    offers.publish(caller.require(), OfferForm.draft(form));
            return Response.seeOther(URI.create("/banque-de-temps/annonces/" + published.id()))
                    .build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(newOfferView(form), violation);
        }
    }

    static Card card(OfferService.OfferView offer) {
        return new Card(offer, HoursFormat.format(offer.durationMinutes()));
    }
}
