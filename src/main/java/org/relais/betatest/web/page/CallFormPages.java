package org.relais.betatest.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.relais.betatest.application.BetaTestService;
import org.relais.betatest.application.CallCommand;
import org.relais.betatest.application.CallValidation;
import org.relais.betatest.domain.Audience;
import org.relais.betatest.domain.Confidentiality;
import org.relais.betatest.domain.Device;
import org.relais.directory.application.PlaceService;
import org.relais.directory.domain.Communes;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;

/**
 * The form to open a call for beta-testers, for any member. A refused form comes back with the
 * member's input and every message beside its field; nothing is held from the time bank then.
 */
@ApplicationScoped
@Path("beta-tests/nouvel-appel")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class CallFormPages {
    @Inject BetaTestService service;
    @Inject CallValidation validation;
    @Inject PlaceService places;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;
    @Inject Clock clock;

    @GET
    public View form() {
        return view(CallForm.empty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(MultivaluedMap<String, String> posted) {
        CallForm form = CallForm.of(posted);
        if ("more".equals(posted.getFirst("action"))) {
            return Response.ok(view(form.withMoreRows())).build();
        }
        try {
            List<FieldError> errors = new ArrayList<>();
            Long placeId = null;
            try {
                placeId = validation.placeId(form.text("placeId"));
            } catch (RuleViolation wrong) {
                errors.addAll(wrong.errors());
            }
            CallCommand command = form.command(placeId);
            errors.addAll(form.errors);
            if (!errors.isEmpty()) {
                try {
                    validation.content(command, clock.instant());
                } catch (RuleViolation wrong) {
                    errors.addAll(wrong.errors());
                }
                throw new RuleViolation(errors);
            }
            long id = service.open(caller.require(), command).id();
            return Response.seeOther(URI.create("/beta-tests/appels/" + id + "?fait=ouvert"))
                    .build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(view(form), violation);
        }
    }

    private View view(CallForm form) {
        return View.of("betatest/call-form")
                .with("form", form.fields)
                .with("scenarios", form.scenarios)
                .with("audiences", Audience.values())
                .with("devices", Device.values())
                .with("regions", Communes.france().regions())
                .with("confidentialities", Confidentiality.values())
                .with(
                        "places",
                        places.placesOf(caller.requireId()).stream()
                                .filter(PlaceService.MemberPlace::confirmed)
                                .toList());
    }
}
