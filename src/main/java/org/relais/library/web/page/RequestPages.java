package org.relais.library.web.page;

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
import java.util.Objects;
import org.relais.library.application.ContractRef;
import org.relais.library.application.UsageService;
import org.relais.library.web.UseInput;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;

/**
 * The author's inbox of usage requests (grant with conditions and a period, or refuse with a
 * message) and the member's own requests, on one page.
 */
@ApplicationScoped
@Path("bibliotheque/demandes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class RequestPages {
    @Inject UsageService usage;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;
    @Inject RequestLocale locale;

    @GET
    public View requests() {
        return View.of("contracts/requests")
                .with("inbox", usage.inbox(caller.require(), locale.get()))
                .with("mine", usage.mine(caller.require(), locale.get()));
    }

    @POST
    @Path("{id:[0-9]+}/envoyer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@PathParam("id") long id, @FormParam("message") String message) {
        try {
            usage.sendToAuthor(caller.require(), id, message);
            return back(id);
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    sentBack(id, "envoyer", Map.of("message", typed(message))), violation);
        }
    }

    @POST
    @Path("{id:[0-9]+}/accorder")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grant(
            @PathParam("id") long id,
            @FormParam("conditions") String conditions,
            @FormParam("from") String from,
            @FormParam("to") String to) {
        try {
            ContractRef contract =
                    usage.grant(
                            caller.require(),
                            id,
                            conditions,
                            UseInput.day("from", from),
                            UseInput.day("to", to));
            return Response.seeOther(URI.create(contract.url())).build();
        } catch (RuleViolation violation) {
            Map<String, String> form =
                    Map.of("conditions", typed(conditions), "from", typed(from), "to", typed(to));
            return formErrors.rerender(sentBack(id, "accorder", form), violation);
        }
    }

    @POST
    @Path("{id:[0-9]+}/refuser")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response refuse(@PathParam("id") long id, @FormParam("message") String message) {
        try {
            usage.refuse(caller.require(), id, message);
            return back(id);
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    sentBack(id, "refuser", Map.of("message", typed(message))), violation);
        }
    }

    /**
     * The page again after a refused answer: the form that was sent ("failed") keeps what was typed
     * in it; the forms of the other requests stay empty.
     */
    private View sentBack(long id, String action, Map<String, String> form) {
        return requests().with("failed", id + "/" + action).with("form", form);
    }

    private static String typed(String value) {
        return Objects.toString(value, "");
    }

    private static Response back(long id) {
        return Response.seeOther(URI.create("/bibliotheque/demandes#demande-" + id)).build();
    }
}
