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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.library.application.DraftState;
import org.relais.library.application.KitDeposits;
import org.relais.library.application.KitService;
import org.relais.library.application.KitView;
import org.relais.library.domain.FieldOfUse;
import org.relais.library.domain.GrantAnswer;
import org.relais.library.domain.LicenceCatalogue;
import org.relais.library.domain.LicenceChooser;
import org.relais.library.domain.Origin;
import org.relais.library.web.KitUploads;
import org.relais.library.web.ReceivedParts;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.validation.Revision;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;

/**
 * The guided deposit, one step per page and usable without JavaScript: details and files → origin →
 * licence → extra grants (only when the licence leaves room for them) → declaration → summary →
 * publication. Each step saves the draft and redirects to the next; each page links back to the
 * previous one. The first step is a multipart form, whose CSRF token travels in the query.
 */
@ApplicationScoped
@Path("bibliotheque/deposer")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class DepositPages {
    @Inject KitDeposits deposits;
    @Inject KitService kits;
    @Inject DepositScreens screens;
    @Inject DepositPlaces places;
    @Inject KitUploads uploads;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;

    @GET
    public View start() {
        return screens.details(null, new DraftState());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response create(List<EntityPart> parts) {
        return saveDetails(null, parts);
    }

    @GET
    @Path("{draft:[0-9]+}/details")
    public View details(@PathParam("draft") long draft) {
        return screens.details(draft, deposits.get(caller.require(), draft));
    }

    @POST
    @Path("{draft:[0-9]+}/details")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response updateDetails(@PathParam("draft") long draft, List<EntityPart> parts) {
        return saveDetails(draft, parts);
    }

    private Response saveDetails(Long draft, List<EntityPart> parts) {
        try (ReceivedParts received = uploads.receive(parts)) {
            DraftState sent = DepositForms.details(received);
            try {
                for (String place : places.ids(received.fields("placeOther"))) {
                    if (!sent.places.contains(place)) {
                        sent.places.add(place);
                    }
                }
                long id =
                        deposits.saveDetails(
                                caller.require(),
                                draft,
                                sent,
                                received.uploads(),
                                received.fields("remove"));
                return next(id, "origine");
            } catch (RuleViolation violation) {
                DraftState shown =
                        draft == null ? new DraftState() : deposits.get(caller.require(), draft);
                DepositForms.copyDetails(sent, shown);
                return formErrors.rerender(screens.details(draft, shown), violation);
            } catch (org.relais.platform.upload.UploadRefused refused) {
                DraftState shown =
                        draft == null ? new DraftState() : deposits.get(caller.require(), draft);
                DepositForms.copyDetails(sent, shown);
                return formErrors.rerender(
                        screens.details(draft, shown),
                        RuleViolation.of("file", refused.messageKey(), refused.arguments()));
            }
        }
    }

    @GET
    @Path("{draft:[0-9]+}/origine")
    public Response origin(@PathParam("draft") long draft) {
        return screens.guarded(draft, KitDeposits.ORIGIN, s -> screens.origin(draft, s));
    }

    @POST
    @Path("{draft:[0-9]+}/origine")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveOrigin(
            @PathParam("draft") long draft, MultivaluedMap<String, String> form) {
        Origin origin = null;
        try {
            origin = DepositForms.origin(form);
            deposits.saveOrigin(caller.require(), draft, origin);
            return next(draft, origin.kind() == Origin.Kind.ADAPTATION ? "sources" : "licence");
        } catch (RuleViolation violation) {
            DraftState shown = deposits.get(caller.require(), draft);
            if (origin != null) {
                shown.origin(origin);
            }
            return formErrors.rerender(
                    screens.origin(draft, shown).with("sourcesSent", form.getFirst("sources")),
                    violation);
        }
    }

    /**
     * For an adaptation of kits, the remix check's verdict on its sources: the licences the result
     * may carry and the attribution block that will go with it.
     */
    @GET
    @Path("{draft:[0-9]+}/sources")
    public Response sources(@PathParam("draft") long draft) {
        Origin origin = deposits.get(caller.require(), draft).origin();
        if (origin == null || origin.kind() != Origin.Kind.ADAPTATION) {
            return next(draft, "licence");
        }
        return screens.guarded(draft, KitDeposits.LICENCE, s -> screens.sources(draft, s));
    }

    @GET
    @Path("{draft:[0-9]+}/licence")
    public Response licence(@PathParam("draft") long draft) {
        return screens.guarded(
                draft,
                KitDeposits.LICENCE,
                s -> screens.licence(draft, s, new jakarta.ws.rs.core.MultivaluedHashMap<>()));
    }

    /** Either the chooser's questions ({@code choix=questions}) or a licence picked directly. */
    @POST
    @Path("{draft:[0-9]+}/licence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveLicence(
            @PathParam("draft") long draft, MultivaluedMap<String, String> form) {
        boolean publicBody = "oui".equals(form.getFirst("publicBody"));
        try {
            String licenceId =
                    "questions".equals(form.getFirst("choix"))
                            ? new LicenceChooser(LicenceCatalogue.standard())
                                    .choose(DepositForms.chooserAnswers(form, publicBody))
                                    .licence()
                                    .id()
                            : form.getFirst("licence");
            deposits.saveLicence(caller.require(), draft, licenceId, publicBody);
            DraftState state = deposits.get(caller.require(), draft);
            if (deposits.grantFields(state).isEmpty()) {
                deposits.saveGrants(caller.require(), draft, Map.of());
                return next(draft, "declaration");
            }
            return next(draft, "autorisations");
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    screens.licence(draft, deposits.get(caller.require(), draft), form), violation);
        }
    }

    @GET
    @Path("{draft:[0-9]+}/autorisations")
    public Response grants(@PathParam("draft") long draft) {
        return screens.guarded(draft, KitDeposits.GRANTS, s -> screens.grants(draft, s));
    }

    @POST
    @Path("{draft:[0-9]+}/autorisations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveGrants(
            @PathParam("draft") long draft, MultivaluedMap<String, String> form) {
        Map<FieldOfUse, GrantAnswer> answers = new EnumMap<>(FieldOfUse.class);
        for (FieldOfUse field : FieldOfUse.values()) {
            String answer = form.getFirst("grant." + field.name());
            if (answer != null && !answer.isBlank()) {
                try {
                    answers.put(field, GrantAnswer.valueOf(answer));
                } catch (IllegalArgumentException ignored) {
                    // Not one of the offered answers: treated as no answer.
                }
            }
        }
        try {
            deposits.saveGrants(caller.require(), draft, answers);
            return next(draft, "declaration");
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    screens.grants(draft, deposits.get(caller.require(), draft)), violation);
        }
    }

    @GET
    @Path("{draft:[0-9]+}/declaration")
    public Response declaration(@PathParam("draft") long draft) {
        return screens.guarded(draft, KitDeposits.DECLARATION, s -> screens.declaration(draft, s));
    }

    @POST
    @Path("{draft:[0-9]+}/declaration")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveDeclaration(
            @PathParam("draft") long draft, @FormParam("declarationAccepted") String accepted) {
        try {
            deposits.saveDeclaration(caller.require(), draft, "oui".equals(accepted));
            return next(draft, "recapitulatif");
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    screens.declaration(draft, deposits.get(caller.require(), draft)), violation);
        }
    }

    @GET
    @Path("{draft:[0-9]+}/recapitulatif")
    public Response summary(@PathParam("draft") long draft) {
        return screens.guarded(draft, KitDeposits.DECLARATION + 1, s -> screens.summary(draft, s));
    }

    @POST
    @Path("{draft:[0-9]+}/publier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(
            @PathParam("draft") long draft, @FormParam("revision") String revision) {
        Caller me = caller.require();
        try {
            KitView kit = deposits.publish(me, draft, revision);
            return Response.seeOther(URI.create(kit.url())).build();
        } catch (RuleViolation violation) {
            View summary = screens.summary(draft, deposits.get(me, draft));
            Optional<KitView> current =
                    deposits.kitOf(me, draft).map(id -> kits.get(id, Optional.of(me)));
            if (current.isPresent()) {
                summary =
                        summary.with("current", current.get())
                                .with(
                                        "revision",
                                        Revision.resumeFrom(
                                                violation, revision, current.get().revision()));
            }
            return formErrors.rerender(summary, violation);
        }
    }

    /** The author starts a new version, prefilled with the current one. */
    @POST
    @Path("nouvelle-version/{kit:[0-9]+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response newVersion(@PathParam("kit") long kit) {
        return next(deposits.startVersion(caller.require(), kit), "details");
    }

    static Response next(long draft, String step) {
        return Response.seeOther(URI.create("/bibliotheque/deposer/" + draft + "/" + step)).build();
    }
}
