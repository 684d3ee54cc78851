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
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;
import org.relais.timebank.application.LedgerService;

/**
 * The coordinators' tools (moderators and administrators): grant hours from the pool with a reason,
 * reverse a mistaken transfer, set a member's floor and ceiling.
 */
@ApplicationScoped
@Path("banque-de-temps/coordination")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"moderator", "admin"})
public class CoordinationPages {
    static final String[] FIELDS = {
        "membre",
        "heures",
        "minutes",
        "raison",
        "versement",
        "raisonAnnulation",
        "membreBornes",
        "plancher",
        "plafond"
    };

    @Inject LedgerService ledger;
    @Inject LedgerScreens screens;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;

    @GET
    public View tools(@QueryParam("fait") String done) {
        return view(blank(), done);
    }

    @POST
    @Path("dons")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grant(
            @FormParam("membre") String member,
            @FormParam("heures") String hours,
            @FormParam("minutes") String minutes,
            @FormParam("raison") String reason) {
        Map<String, String> form = blank();
        form.put("membre", LedgerPages.orEmpty(member));
        form.put("heures", LedgerPages.orEmpty(hours));
        form.put("minutes", LedgerPages.orEmpty(minutes));
        form.put("raison", LedgerPages.orEmpty(reason));
        try {
            long to = screens.member("membre", member);
            ledger.grant(caller.require(), to, LedgerScreens.minutes(hours, minutes), reason);
            return done("don");
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    view(form, null),
                    LedgerScreens.onFormFields(
                            violation,
                            Map.of("memberId", "membre", "to", "membre", "reason", "raison")));
        }
    }

    @POST
    @Path("annulations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reverse(
            @FormParam("versement") String transfer, @FormParam("raisonAnnulation") String reason) {
        Map<String, String> form = blank();
        form.put("versement", LedgerPages.orEmpty(transfer));
        form.put("raisonAnnulation", LedgerPages.orEmpty(reason));
        try {
            Long id = transfer == null ? null : LedgerPages.parse(transfer, null);
            if (id == null) {
                throw RuleViolation.of("versement", "timebank.transfer.not-found");
            }
            ledger.reverse(caller.require(), id, reason);
            return done("annulation");
        } catch (ConflictException | org.relais.platform.error.NotFoundException refused) {
            return formErrors.rerender(
                    view(form, null),
                    RuleViolation.of("versement", refused.messageKey(), refused.arguments()));
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    view(form, null),
                    LedgerScreens.onFormFields(
                            violation,
                            Map.of("transfer", "versement", "reason", "raisonAnnulation")));
        }
    }

    @POST
    @Path("bornes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bound(
            @FormParam("membreBornes") String member,
            @FormParam("plancher") String floorHours,
            @FormParam("plafond") String ceilingHours) {
        Map<String, String> form = blank();
        form.put("membreBornes", LedgerPages.orEmpty(member));
        form.put("plancher", LedgerPages.orEmpty(floorHours));
        form.put("plafond", LedgerPages.orEmpty(ceilingHours));
        try {
            long id = screens.member("membreBornes", member);
            Long floor = hours(floorHours);
            Long ceiling = hours(ceilingHours);
            ledger.bound(caller.require(), id, floor == null ? null : -Math.abs(floor), ceiling);
            return done("bornes");
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    view(form, null),
                    LedgerScreens.onFormFields(
                            violation,
                            Map.of(
                                    "memberId",
                                    "membreBornes",
                                    "floorMinutes",
                                    "plancher",
                                    "ceilingMinutes",
                                    "plafond")));
        }
    }

    private static Long hours(String raw) {
        Long hours = raw == null ? null : LedgerPages.parse(raw, null);
        return hours == null ? null : hours * 60;
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/banque-de-temps/coordination?fait=" + what)).build();
    }

    private static Map<String, String> blank() {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : FIELDS) {
            form.put(field, "");
        }
        return form;
    }

    private View view(Map<String, String> form, String done) {
        return View.of("timebank/coordination").with("form", form).with("done", done);
    }
}
