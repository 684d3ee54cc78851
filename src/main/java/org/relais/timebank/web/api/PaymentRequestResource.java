package org.relais.timebank.web.api;

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
import java.net.URI;
import java.util.List;
import org.relais.platform.security.CurrentCaller;
import org.relais.timebank.application.PaymentRequests;
import org.relais.timebank.application.PaymentRequests.RequestView;
import org.relais.timebank.application.Payments;
import org.relais.timebank.domain.HoursFormat;

/**
 * Payment requests through the API: the member who gave help asks for the hours ({@code from} is
 * the member asked to pay, {@code to} the one who asks), the member asked pays the request (an
 * ordinary payment, answered as {@code POST transfers} answers), refuses it with a reason, and the
 * asker withdraws it while it waits. Only the two members see a request.
 */
@ApplicationScoped
@Path("api/v1/timebank/payment-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("member")
public class PaymentRequestResource {
    @Inject PaymentRequests requests;
    @Inject Payments payments;
    @Inject CurrentCaller caller;

    public record AskJson(String from, Long minutes, String memo, String offerId) {}

    public record RefuseJson(String reason) {}

    public record RequestJson(
            String id,
            String from,
            String fromName,
            String to,
            String toName,
            long minutes,
            String amount,
            String memo,
            String offerId,
            String status,
            String createdAt,
            String decidedAt,
            String transferId,
            String refusal) {
        static RequestJson of(RequestView r) {
            return new RequestJson(
                    Long.toString(r.id()),
                    Long.toString(r.payerId()),
                    r.payer(),
                    Long.toString(r.issuerId()),
                    r.issuer(),
                    r.minutes(),
                    HoursFormat.format(r.minutes()),
                    r.memo(),
                    text(r.offerId()),
                    r.status().name(),
                    text(r.createdAt()),
                    text(r.decidedAt()),
                    text(r.transferId()),
                    r.refusal());
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    public record RequestsJson(List<RequestJson> items) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(AskJson body) {
        AskJson json = body == null ? new AskJson(null, null, null, null) : body;
        RequestView asked =
                requests.ask(
                        caller.require(),
                        TimebankJson.id(json.from()),
                        json.minutes(),
                        json.memo(),
                        TimebankJson.id(json.offerId()));
        return Response.created(URI.create("/api/v1/timebank/payment-requests/" + asked.id()))
                .entity(RequestJson.of(asked))
                .build();
    }

    /** Mine, sent or received: those waiting first, then the newest. */
    @GET
    public RequestsJson mine() {
        return new RequestsJson(
                requests.of(caller.requireId()).stream().map(RequestJson::of).toList());
    }

    @GET
    @Path("{id}")
    public RequestJson get(@PathParam("id") long id) {
        return RequestJson.of(requests.get(caller.require(), id));
    }

    @POST
    @Path("{id}/payment")
    public Response pay(@PathParam("id") long id) {
        return TimebankResource.created(payments.payRequest(caller.require(), id));
    }

    @POST
    @Path("{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestJson refuse(@PathParam("id") long id, RefuseJson body) {
        return RequestJson.of(
                requests.refuse(caller.require(), id, body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/withdrawal")
    public RequestJson withdraw(@PathParam("id") long id) {
        return RequestJson.of(requests.withdraw(caller.require(), id));
    }
}
