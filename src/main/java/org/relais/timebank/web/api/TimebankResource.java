package org.relais.timebank.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.relais.platform.paging.PageJson;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;
import org.relais.timebank.application.LedgerReading;
import org.relais.timebank.application.LedgerService;
import org.relais.timebank.application.PayHours;
import org.relais.timebank.application.Payments;
import org.relais.timebank.application.TransferReceipt;
import org.relais.timebank.domain.AccountBounds;
import org.relais.timebank.domain.HoursFormat;
import org.relais.timebank.web.api.TimebankJson.AccountJson;
import org.relais.timebank.web.api.TimebankJson.BoundsJson;
import org.relais.timebank.web.api.TimebankJson.EntryJson;
import org.relais.timebank.web.api.TimebankJson.GrantJson;
import org.relais.timebank.web.api.TimebankJson.PayJson;
import org.relais.timebank.web.api.TimebankJson.PoolJson;
import org.relais.timebank.web.api.TimebankJson.ReverseJson;
import org.relais.timebank.web.api.TimebankJson.TransferJson;

/**
 * The time bank's ledger: my account and history, paying hours (idempotent by the {@code
 * Idempotency-Key} header), the community pool, the coordinators' grants, reversals and bounds, and
 * the audit of the ledger's invariants.
 */
@ApplicationScoped
@Path("api/v1/timebank")
@Produces(MediaType.APPLICATION_JSON)
public class TimebankResource {
    @Inject LedgerService ledger;
    @Inject Payments payments;
    @Inject LedgerReading reading;
    @Inject CurrentCaller caller;

    @GET
    @Path("me")
    @RolesAllowed("member")
    public AccountJson me() {
        return TimebankJson.of(reading.account(caller.requireId()));
    }

    @GET
    @Path("me/entries")
    @RolesAllowed("member")
    public PageJson<EntryJson> entries(
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        LedgerReading.HistoryPage history = reading.history(caller.requireId(), paging);
        return PageJson.of(
                history.items().stream().map(TimebankJson::of).toList(), history.total(), paging);
    }

    /** Pays hours; the same key replayed answers the same transfer (see {@link Payments}). */
    @POST
    @Path("transfers")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pay(@HeaderParam("Idempotency-Key") String key, PayJson body) {
        PayJson json = body == null ? new PayJson(null, null, null, null) : body;
        return created(
                payments.pay(
                        caller.require(),
                        new PayHours(
                                TimebankJson.id(json.to()),
                                json.minutes(),
                                json.memo(),
                                TimebankJson.id(json.offerId()),
                                key)));
    }

    @GET
    @Path("pool")
    public PoolJson pool(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        LedgerReading.HistoryPage history = reading.pool(paging);
        long balance = reading.poolBalance();
        return new PoolJson(
                balance,
                HoursFormat.format(balance),
                TimebankJson.PoolFlowsJson.of(reading.poolFlows()),
                history.items().stream().map(TimebankJson::of).toList(),
                history.total());
    }

    @GET
    @Path("audit")
    @RolesAllowed("admin")
    public LedgerReading.AuditReport audit() {
        return reading.audit();
    }

    @POST
    @Path("grants")
    @RolesAllowed({"moderator", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response grant(GrantJson body) {
        GrantJson json = body == null ? new GrantJson(null, null, null) : body;
        return created(
                ledger.grant(
                        caller.require(),
                        TimebankJson.id(json.memberId()),
                        json.minutes(),
                        json.reason()));
    }

    @POST
    @Path("transfers/{id}/reversal")
    @RolesAllowed({"moderator", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reverse(@PathParam("id") long id, ReverseJson body) {
        return created(ledger.reverse(caller.require(), id, body == null ? null : body.reason()));
    }

    @PUT
    @Path("members/{id}/bounds")
    @RolesAllowed({"moderator", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    public BoundsJson bound(@PathParam("id") long id, BoundsJson body) {
        BoundsJson json = body == null ? new BoundsJson(null, null) : body;
        AccountBounds bounds =
                ledger.bound(caller.require(), id, json.floorMinutes(), json.ceilingMinutes());
        return new BoundsJson(bounds.floorMinutes(), bounds.ceilingMinutes());
    }

    static Response created(TransferReceipt receipt) {
        TransferJson json = TimebankJson.of(receipt);
        return Response.created(URI.create("/api/v1/timebank/transfers/" + json.id()))
                .entity(json)
                .build();
    }
}
