package org.relais.timebank.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;
import org.relais.timebank.application.LedgerService;
import org.relais.timebank.application.PayHours;
import org.relais.timebank.application.Payments;
import org.relais.timebank.domain.HoursFormat;
import org.relais.timebank.domain.TransferPlan;

/**
 * My account (balance, bounds, chart, history), the pay form and its confirmation step, and the
 * community pool. The confirmation says before anything is written when part of the payment will
 * overflow into the pool; it carries a fresh idempotency key, so a double click pays once.
 */
@ApplicationScoped
@Path("banque-de-temps")
@Produces(MediaType.TEXT_HTML)
public class LedgerPages {
    @Inject LedgerService ledger;
    @Inject Payments payments;
    @Inject LedgerScreens screens;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;

    @GET
    @Path("compte")
    @RolesAllowed("member")
    public View account(
            @QueryParam("page") String page,
            @QueryParam("verse") String paid,
            @QueryParam("demande") String requested) {
        return screens.account(caller.requireId(), page)
                .with("paid", "oui".equals(paid))
                .with(
                        "requested",
                        requested != null && REQUEST_NOTICES.contains(requested)
                                ? requested
                                : null);
    }

    /** The notices the account page shows after a payment request was sent or answered. */
    private static final java.util.Set<String> REQUEST_NOTICES =
            java.util.Set.of("envoyee", "refusee", "retiree");

    @POST
    @Path("compte/discretion")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pseudonym(@FormParam("discret") String hidden) {
        ledger.choosePseudonym(caller.requireId(), "oui".equals(hidden));
        return Response.seeOther(URI.create("/banque-de-temps/compte")).build();
    }

    @GET
    @Path("fonds-commun")
    public View pool(@QueryParam("page") String page) {
        return screens.pool(page);
    }

    @GET
    @Path("verser")
    @RolesAllowed("member")
    public View payForm(@QueryParam("a") String to, @QueryParam("annonce") String offer) {
        return payView(screens.blankForm(to, offer), null);
    }

    /** "Vérifier" shows what the payment will do; "Confirmer" writes it. */
    @POST
    @Path("verser")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pay(
            @FormParam("membre") String member,
            @FormParam("a") String to,
            @FormParam("heures") String hours,
            @FormParam("minutes") String minutes,
            @FormParam("memo") String memo,
            @FormParam("annonce") String offer,
            @FormParam("cle") String key,
            @FormParam("etape") String step) {
        Map<String, String> form = LedgerScreens.typed(member, to, hours, minutes, memo, offer);
        Caller payer = caller.require();
        try {
            long receiver = screens.member("membre", to == null || to.isBlank() ? member : to);
            long amount = LedgerScreens.minutes(hours, minutes);
            Long offerId = offer == null || offer.isBlank() ? null : parse(offer, null);
            if (!"confirmer".equals(step)) {
                TransferPlan plan = ledger.preview(payer, receiver, amount);
                form.put("a", Long.toString(receiver));
                form.put("membre", screens.name(receiver));
                form.put("cle", UUID.randomUUID().toString());
                return Response.ok(payView(form, confirmation(plan, screens.name(receiver))))
                        .build();
            }
            payments.pay(payer, new PayHours(receiver, amount, memo, offerId, key));
            return Response.seeOther(URI.create("/banque-de-temps/compte?verse=oui")).build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    payView(form, null),
                    LedgerScreens.onFormFields(
                            violation, Map.of("to", "membre", "memberId", "membre")));
        }
    }

    private static Map<String, Object> confirmation(TransferPlan plan, String receiver) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("receiver", receiver);
        shown.put("amount", HoursFormat.format(plan.requestedMinutes()));
        shown.put("credited", HoursFormat.format(plan.creditedMinutes()));
        shown.put(
                "overflow",
                plan.overflowMinutes() > 0 ? HoursFormat.format(plan.overflowMinutes()) : null);
        return shown;
    }

    private View payView(Map<String, String> form, Map<String, Object> confirmation) {
        return View.of("timebank/pay").with("form", form).with("confirmation", confirmation);
    }

    static Long parse(String raw, Long fallback) {
        try {
            return Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
