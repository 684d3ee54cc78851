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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relais.library.application.KitService;
import org.relais.library.application.KitView;
import org.relais.library.application.UsageAnswer;
import org.relais.library.application.UsageService;
import org.relais.library.domain.Adaptation;
import org.relais.library.domain.Distribution;
import org.relais.library.domain.LicenceCatalogue;
import org.relais.library.domain.UseContext;
import org.relais.library.web.UseInput;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.Messages;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;

/**
 * "Je veux utiliser ce kit": the form of the intended use, then the engine's answer — a usage
 * contract, or the conflicting terms and a request to the author, prefilled.
 */
@ApplicationScoped
@Path("bibliotheque/kits/{id:[0-9]+}/utiliser")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class UsagePages {
    @Inject UsageService usage;
    @Inject KitService kits;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;
    @Inject RequestLocale locale;
    @Inject Messages messages;

    @GET
    public View form(@PathParam("id") long id) {
        Map<String, String> form = new HashMap<>();
        form.put("requester.kind", "person");
        form.put("requester.name", caller.require().displayName());
        form.put("use.context", UseContext.PUBLIC_DIGITAL_SPACE.json());
        form.put("use.commercial", "false");
        form.put("use.distribute", Distribution.NONE.json());
        return formView(kits.get(id, caller.get()), form, List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(
            @PathParam("id") long id,
            @FormParam("requester.kind") String requesterKind,
            @FormParam("requester.name") String requesterName,
            @FormParam("requester.publicBody") String publicBody,
            @FormParam("use.context") String context,
            @FormParam("use.commercial") String commercial,
            @FormParam("use.reproduce") String reproduce,
            @FormParam("use.distribute") String distribute,
            @FormParam("use.adapt") List<String> adapt,
            @FormParam("use.screening") String screening,
            @FormParam("use.audienceSize") String audienceSize,
            @FormParam("use.from") String from,
            @FormParam("use.to") String to,
            @FormParam("use.places") String places) {
        KitView kit = kits.get(id, caller.get());
        UseInput.Raw raw =
                new UseInput.Raw(
                        requesterKind,
                        requesterName,
                        publicBody,
                        context,
                        commercial,
                        reproduce,
                        distribute,
                        adapt,
                        screening,
                        audienceSize,
                        from,
                        to,
                        places);
        try {
            UseInput.Parsed parsed = UseInput.parse(raw);
            UsageAnswer answer =
                    usage.request(
                            caller.require(), id, parsed.requester(), parsed.use(), locale.get());
            View result =
                    View.of("library/use-result")
                            .with("kit", kit)
                            .with("answer", answer)
                            .with("prefill", prefill(kit, answer));
            return Response.ok(result).build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    formView(kit, values(raw), adapt == null ? List.of() : adapt), violation);
        }
    }

    private String prefill(KitView kit, UsageAnswer answer) {
        String reasons =
                String.join(
                        " ; ", answer.reasons().stream().map(UsageAnswer.Term::message).toList());
        return messages.get(locale.get(), "usage.send.prefill", kit.title(), reasons);
    }

    private View formView(KitView kit, Map<String, String> form, List<String> adapt) {
        return View.of("library/use-form")
                .with("kit", kit)
                .with("licence", LicenceCatalogue.standard().byId(kit.licenceId()).orElse(null))
                .with("form", form)
                .with("adapt", adapt)
                .with("contexts", UseContext.values())
                .with("distributions", Distribution.values())
                .with("adaptations", Adaptation.values());
    }

    private static Map<String, String> values(UseInput.Raw raw) {
        Map<String, String> form = new HashMap<>();
        form.put("requester.kind", raw.requesterKind());
        form.put("requester.name", raw.requesterName());
        form.put("requester.publicBody", raw.publicBody());
        form.put("use.context", raw.context());
        form.put("use.commercial", raw.commercial());
        form.put("use.reproduce", raw.reproduce());
        form.put("use.distribute", raw.distribute());
        form.put("use.screening", raw.screening());
        form.put("use.audienceSize", raw.audienceSize());
        form.put("use.from", raw.from());
        form.put("use.to", raw.to());
        form.put("use.places", raw.places());
        return form;
    }
}
