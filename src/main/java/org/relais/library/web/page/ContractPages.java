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
import org.relais.library.application.Contracts;
import org.relais.library.domain.Contract;
import org.relais.library.domain.ContractDocument;
import org.relais.library.domain.ContractSections;
import org.relais.library.domain.Texts;
import org.relais.library.web.api.ContractResource;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.Messages;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;

/**
 * A contract as a page (for its parties) and as a PDF, and the public verification form: a number
 * and a fingerprint give "genuine", "altered" or "unknown", nothing more.
 */
@ApplicationScoped
@Path("contrats")
@Produces(MediaType.TEXT_HTML)
public class ContractPages {
    @Inject Contracts contracts;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;

    @GET
    @Path("{number:RL-[0-9]{4}-[0-9]+}")
    @RolesAllowed("member")
    public View contract(@PathParam("number") String number) {
        Contract contract = contracts.read(number, caller.require());
        ContractDocument document = contract.document();
        Texts french = contracts.texts(Messages.FRENCH);
        return View.of("contracts/contract")
                .with("contract", contract)
                .with("heading", ContractSections.title(document, french))
                .with("issued", ContractSections.issued(document, french))
                .with("sections", ContractSections.of(document, french));
    }

    @GET
    @Path("{number:RL-[0-9]{4}-[0-9]+}/pdf")
    @Produces(ContractResource.PDF)
    @RolesAllowed("member")
    public Response pdf(@PathParam("number") String number) {
        Contract contract = contracts.read(number, caller.require());
        return ContractResource.pdfResponse(contract, contracts.pdf(contract));
    }

    @GET
    @Path("verifier")
    public View verifyForm() {
        return View.of("contracts/verify").with("number", "").with("fingerprint", "");
    }

    @POST
    @Path("verifier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(
            @FormParam("number") String number, @FormParam("fingerprint") String fingerprint) {
        View form =
                View.of("contracts/verify")
                        .with("number", number == null ? "" : number.strip())
                        .with("fingerprint", fingerprint == null ? "" : fingerprint.strip());
        try {
            return Response.ok(form.with("result", contracts.verify(number, fingerprint))).build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(form, violation);
        }
    }
}
