package org.relais.timebank.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import java.util.Map;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;
import org.relais.timebank.application.LedgerService;
import org.relais.timebank.application.OfferContact;
import org.relais.timebank.application.OfferService;

/**
 * One offer or request: its page; for its author, editing and withdrawing it; for the others, a
 * form to write to the author.
 */
@ApplicationScoped
@Path("banque-de-temps/annonces/{id:[0-9]+}")
@Produces(MediaType.TEXT_HTML)
public class OfferPages {
    @Inject OfferService offers;
    @Inject OfferContact contact;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;

    @GET
    public View offer(@PathParam("id") long id, @QueryParam("envoye") String sent) {
        OfferService.OfferView offer = offers.get(id);
        boolean mine =
                caller.get()
                        .map(
                                c ->
                                        c.accountId() == offer.authorId()
                                                || LedgerService.isCoordinator(c))
                        .orElse(false);
        return View.of("timebank/offer")
                .with("card", MarketPages.card(offer))
                .with("mine", mine)
                .with("sent", sent != null);
    }

    @GET
    @Path("modifier")
    @RolesAllowed("member")
    public View editForm(@PathParam("id") long id) {
        OfferService.OfferView offer = own(id);
        return editView(id, OfferForm.of(offer));
    }

    @POST
    @Path("modifier")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @BeanParam OfferForm.Posted posted) {
        Map<String, String> form = posted.form();
        try {
            offers.edit(caller.require(), id, OfferForm.draft(form));
            return Response.seeOther(URI.create(path(id))).build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(editView(id, form), violation);
        }
    }

    /** Withdraws the listing: it leaves the market, the payments that name it stay. */
    @POST
    @Path("retirer")
    @RolesAllowed("member")
    public Response close(@PathParam("id") long id) {
        offers.close(caller.require(), id);
        return Response.seeOther(URI.create("/banque-de-temps")).build();
    }

    @GET
    @Path("contacter")
    @RolesAllowed("member")
    public View contactForm(@PathParam("id") long id) {
        return contactView(id, "");
    }

    @POST
    @Path("contacter")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response write(@PathParam("id") long id, @FormParam("message") String message) {
        try {
            contact.write(caller.require(), id, message);
            return Response.seeOther(URI.create(path(id) + "?envoye=1")).build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(contactView(id, LedgerPages.orEmpty(message)), violation);
        }
    }

    private OfferService.OfferView own(long id) {
        OfferService.OfferView offer = offers.get(id);
        Caller me = caller.require();
        if (me.accountId() != offer.authorId() && !LedgerService.isCoordinator(me)) {
            throw new AccessDeniedException("timebank.offer.not-author");
        }
        return offer;
    }

    private View editView(long id, Map<String, String> form) {
        return View.of("timebank/new-offer")
                .with("form", form)
                .with("action", path(id) + "/modifier")
                .with("editing", true)
                .with("offerId", id);
    }

    private View contactView(long id, String message) {
        return View.of("timebank/contact")
                .with("card", MarketPages.card(offers.get(id)))
                .with("form", Map.of("message", message))
                .with("max", OfferContact.MESSAGE_MAX);
    }

    private static String path(long id) {
        return "/banque-de-temps/annonces/" + id;
    }
}
