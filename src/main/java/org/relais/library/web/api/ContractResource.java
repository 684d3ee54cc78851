package org.relais.library.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.relais.library.application.Contracts;
import org.relais.library.domain.Contract;
import org.relais.library.domain.ContractDocument;
import org.relais.library.web.api.UsageJson.ContractFileJson;
import org.relais.library.web.api.UsageJson.ContractJson;
import org.relais.library.web.api.UsageJson.PartyJson;
import org.relais.library.web.api.UsageJson.VerificationJson;
import org.relais.library.web.api.UsageJson.VerifyJson;
import org.relais.platform.security.CurrentCaller;

/**
 * Contracts: read by their parties (JSON, or PDF by {@code Accept: application/pdf} or the {@code
 * /pdf} suffix) and verified by anyone from a number and a fingerprint.
 */
@ApplicationScoped
@Path("api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {
    public static final String PDF = "application/pdf";

    @Inject Contracts contracts;
    @Inject CurrentCaller caller;

    @GET
    @Path("{number:RL-[0-9]{4}-[0-9]+}")
    @RolesAllowed("member")
    @Operation(
            summary = "A contract for its parties",
            description =
                    "The parties and files are structured; canonicalText and fingerprint are the"
                            + " signed form, which the verification checks.")
    public ContractJson get(@PathParam("number") String number) {
        Contract contract = contracts.read(number, caller.require());
        return json(contract, contracts.fileSizes(contract));
    }

    @GET
    @Path("{number:RL-[0-9]{4}-[0-9]+}")
    @Produces(PDF)
    @RolesAllowed("member")
    public Response negotiatedPdf(@PathParam("number") String number) {
        return pdf(number);
    }

    @GET
    @Path("{number:RL-[0-9]{4}-[0-9]+}/pdf")
    @Produces(PDF)
    @RolesAllowed("member")
    public Response pdf(@PathParam("number") String number) {
        Contract contract = contracts.read(number, caller.require());
        return pdfResponse(contract, contracts.pdf(contract));
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_JSON)
    public VerificationJson verify(VerifyJson body) {
        VerifyJson v = body == null ? new VerifyJson(null, null) : body;
        Contracts.Verification result = contracts.verify(v.number(), v.fingerprint());
        return new VerificationJson(
                result.check() == Contracts.Check.GENUINE,
                result.check().name().toLowerCase(java.util.Locale.ROOT),
                result.number(),
                result.issuedAt().map(Object::toString).orElse(null),
                result.kind().orElse(null));
    }

    /** The PDF, inline, never sniffed. */
    public static Response pdfResponse(Contract contract, byte[] pdf) {
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", "inline; filename=\"" + contract.number() + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static ContractJson json(Contract contract, Map<String, Long> sizes) {
        ContractDocument d = contract.document();
        return new ContractJson(
                d.number(),
                d.kind().name(),
                d.issuedAt().toString(),
                contract.fingerprint(),
                "/contrats/" + d.number(),
                "/contrats/" + d.number() + "/pdf",
                String.valueOf(d.kitId()),
                d.kitTitle(),
                d.versionNumber(),
                d.licenceId(),
                d.legalCodeUrl(),
                d.parties().stream()
                        .map(
                                p ->
                                        new PartyJson(
                                                p.role().name().toLowerCase(Locale.ROOT),
                                                p.kind().json(),
                                                p.name(),
                                                p.publicBody()))
                        .toList(),
                d.files().stream()
                        .map(f -> new ContractFileJson(f.name(), f.sha256(), sizes.get(f.sha256())))
                        .toList(),
                d.declaredUse(),
                d.permitted(),
                d.obligations(),
                d.notCovered(),
                d.attribution(),
                d.authorConditions(),
                contract.canonicalText());
    }
}
