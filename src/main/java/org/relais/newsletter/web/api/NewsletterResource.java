package org.relais.newsletter.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.relais.accounts.application.AccountService;
import org.relais.newsletter.application.IssueService;
import org.relais.newsletter.application.IssueView;
import org.relais.newsletter.application.SendProgress;
import org.relais.newsletter.application.SubscriptionService;
import org.relais.newsletter.application.SubscriptionView;
import org.relais.newsletter.domain.DigestContent;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.paging.PageJson;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.ClientAddress;

/**
 * The monthly letter: subscribing (double opt-in), confirming, unsubscribing with the token of a
 * letter's link, a member's own subscription, the archive, and for editors the draft, a test copy
 * and the send with its progress.
 */
@ApplicationScoped
@Path("api/v1/newsletter")
@Produces(MediaType.APPLICATION_JSON)
public class NewsletterResource {
    @Inject SubscriptionService subscriptions;
    @Inject AccountService accounts;
    @Inject IssueService issues;
    @Inject CurrentCaller caller;
    @Inject ClientAddress clientAddress;
    @Inject RequestLocale locale;
    @Context HttpServletRequest request;

    public record SubscribeJson(String email, List<String> topics, String region) {}

    public record ChoicesJson(List<String> topics, String region) {}

    public record TokenJson(String token) {}

    public record AcceptedJson(String status) {}

    public record DraftJson(String title, String editorial) {}

    public record DraftViewJson(IssueView issue, DigestContent sections) {}

    /**
     * Always 202 with the same body, whether the address was unknown, pending or already
     * subscribed: only its owner learns which, by mail.
     */
    @POST
    @Path("subscriptions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response subscribe(SubscribeJson body) {
        if (body == null) {
            throw RuleViolation.of("email", "newsletter.email.required");
        }
        subscriptions.subscribe(
                body.email(),
                body.topics(),
                body.region(),
                clientAddress.of(request),
                locale.get());
        return Response.accepted(new AcceptedJson("confirmation-sent")).build();
    }

    @POST
    @Path("subscriptions/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionView confirm(TokenJson body) {
        return subscriptions.confirm(body == null ? null : body.token());
    }

    /** The one-click URL of the letters' headers (RFC 8058) also answers here, as JSON. */
    @POST
    @Path("unsubscribe/{token}")
    public SubscriptionView unsubscribe(@PathParam("token") String token) {
        return subscriptions.unsubscribe(token);
    }

    @GET
    @Path("me")
    @RolesAllowed("member")
    public Response mine() {
        return subscriptions
                .ofMember(caller.require())
                .map(view -> Response.ok(view).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @PUT
    @Path("me")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubscriptionView subscribeMe(ChoicesJson body) {
        return subscriptions.subscribeMember(
                caller.require(),
                body == null ? null : body.topics(),
                body == null ? null : body.region());
    }

    @DELETE
    @Path("me")
    @RolesAllowed("member")
    public Response unsubscribeMe() {
        subscriptions.unsubscribeMember(caller.require());
        return Response.noContent().build();
    }

    /** Sent issues, newest first. */
    @GET
    @Path("issues")
    public PageJson<IssueView> archive(
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        IssueService.ArchivePage archive = issues.archive(paging);
        return PageJson.of(archive.items(), archive.total(), paging);
    }

    @GET
    @Path("issues/{number:[0-9]+}")
    public DraftViewJson archived(@PathParam("number") int number) {
        IssueService.ArchivedIssue archived = issues.archived(number);
        return new DraftViewJson(archived.issue(), archived.content());
    }

    @GET
    @Path("draft")
    @RolesAllowed("member")
    public DraftViewJson draft() {
        return new DraftViewJson(issues.draft(caller.require()), issues.composed(caller.require()));
    }

    @PUT
    @Path("draft")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public IssueView write(DraftJson body) {
        return issues.write(
                caller.require(),
                body == null ? null : body.title(),
                body == null ? null : body.editorial());
    }

    @POST
    @Path("draft/test")
    @RolesAllowed("member")
    public Response sendTest() {
        issues.sendTest(caller.require());
        return Response.accepted(new AcceptedJson("test-sent")).build();
    }

    /** Starts sending the draft; answers its progress (202: the send goes on in background). */
    @POST
    @Path("draft/sending")
    @RolesAllowed("member")
    public Response send() {
        IssueView draft = issues.draft(caller.require());
        IssueView sending = issues.send(caller.require(), draft.id());
        return Response.accepted(issues.progress(caller.require(), sending.id())).build();
    }

    /** An administrator names a member editor of the letter (from their next login). */
    @PUT
    @Path("editors/{memberId:[0-9]+}")
    @RolesAllowed("admin")
    public Response nameEditor(@PathParam("memberId") long memberId) {
        accounts.grantRole(memberId, Caller.EDITOR);
        return Response.noContent().build();
    }

    @GET
    @Path("sends/{id:[0-9]+}")
    @RolesAllowed("member")
    public SendProgress progress(@PathParam("id") long id) {
        return issues.progress(caller.require(), id);
    }
}
