package org.relais.timebank.web.page;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;
import org.relais.timebank.application.PaymentRequests;
import org.relais.timebank.application.Payments;

/**
 * Payment requests in pages: the form to ask a member for the hours of help given ({@code
 * /banque-de-temps/demander}), and the answers on "Mon compte de temps", where the requests wait:
 * pay, refuse with a reason, withdraw one's own. A payment the rules refuse (the payer's floor)
 * shows its reason beside the request, which keeps waiting.
 */
@ApplicationScoped
@Path("banque-de-temps")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class PaymentRequestPages {
    private static final String ACCOUNT = "/banque-de-temps/compte";

    @Inject PaymentRequests requests;
    @Inject Payments payments;
    @Inject LedgerScreens screens;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;

    @GET
    @Path("demander")
    public View form(@QueryParam("a") String from, @QueryParam("annonce") String offer) {
        return View.of("timebank/request").with("form", screens.blankForm(from, offer));
    }

    @POST
    @Path("demander")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(
            @FormParam("membre") String member,
            @FormParam("a") String from,
            @FormParam("heures") String hours,
            @FormParam("minutes") String minutes,
            @FormParam("memo") String memo,
            @FormParam("annonce") String offer) {
        Map<String, String> form = LedgerScreens.typed(member, from, hours, minutes, memo, offer);
        try {
            long payer = screens.member("membre", from == null || from.isBlank() ? member : from);
            long amount = LedgerScreens.minutes(hours, minutes);
            Long offerId = offer == null || offer.isBlank() ? null : LedgerPages.parse(offer, -1L);
            requests.ask(caller.require(), payer, amount, memo, offerId);
            return Response.seeOther(URI.create(ACCOUNT + "?demande=envoyee#demandes")).build();
        } catch (RuleViolation violation) {
            form.put("a", "");
            return formErrors.rerender(
                    View.of("timebank/request").with("form", form),
                    LedgerScreens.onFormFields(
                            violation, Map.of("from", "membre", "offerId", "annonce")));
        }
    }

    @POST
    @Path("demandes/{id}/payer")
    public Response pay(@PathParam("id") long id) {
        try {
            payments.payRequest(caller.require(), id);
            return Response.seeOther(URI.create(ACCOUNT + "?verse=oui")).build();
        } catch (RuleViolation violation) {
            return onRequest(id, violation);
        }
    }

    @POST
    @Path("demandes/{id}/refuser")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refuse(@PathParam("id") long id, @FormParam("raison") String reason) {
        try {
            requests.refuse(caller.require(), id, reason);
            return Response.seeOther(URI.create(ACCOUNT + "?demande=refusee#demandes")).build();
        } catch (RuleViolation violation) {
            return onRequest(id, violation);
        }
    }

    @POST
    @Path("demandes/{id}/retirer")
    public Response withdraw(@PathParam("id") long id) {
        requests.withdraw(caller.require(), id);
        return Response.seeOther(URI.create(ACCOUNT + "?demande=retiree#demandes")).build();
    }

    /**
     * The account page again, with the reason in the error summary and beside the request it is
     * about. It is the request's, not one field's: the summary names it without a link (as for any
     * error on a whole form, key {@code transfer}).
     */
    private Response onRequest(long id, RuleViolation violation) {
        Map<String, String> onRequest = new LinkedHashMap<>();
        for (var error : violation.errors()) {
            onRequest.put(error.field(), "transfer");
        }
        return formErrors.rerender(
                screens.account(caller.requireId(), null).with("failedRequest", id),
                LedgerScreens.onFormFields(violation, onRequest));
    }
}
