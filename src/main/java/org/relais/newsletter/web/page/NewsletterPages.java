package org.relais.newsletter.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.relais.newsletter.application.IssueService;
import org.relais.newsletter.application.Regions;
import org.relais.newsletter.application.SubscriptionService;
import org.relais.newsletter.domain.Topic;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.ClientAddress;
import org.relais.platform.web.CsrfExempt;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;

/**
 * The public pages of the letter: subscribing, the confirmation link, the unsubscribe link (a page
 * with a button; the same URL takes the one-click POST of mail clients), a member's choices from
 * their profile, and the archive of sent issues.
 */
@ApplicationScoped
@Path("lettre")
@Produces(MediaType.TEXT_HTML)
public class NewsletterPages {
    @Inject SubscriptionService subscriptions;
    @Inject IssueService issues;
    @Inject CurrentCaller caller;
    @Inject ClientAddress clientAddress;
    @Inject RequestLocale locale;
    @Inject FormErrors formErrors;
    @Context HttpServletRequest request;

    @GET
    public View subscribeForm() {
        return form(Map.of("email", ""), Topic.codes(), "");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response subscribe(MultivaluedMap<String, String> posted) {
        String email = orEmpty(posted.getFirst("email"));
        List<String> topics = posted.getOrDefault("topics", List.of());
        String region = orEmpty(posted.getFirst("region"));
        try {
            subscriptions.subscribe(email, topics, region, clientAddress.of(request), locale.get());
            return Response.seeOther(URI.create("/lettre/merci")).build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(form(Map.of("email", email), topics, region), violation);
        }
    }

    @GET
    @Path("merci")
    public View thanks() {
        return View.of("newsletter/thanks");
    }

    @GET
    @Path("confirmer")
    public Response confirm(@QueryParam("jeton") String token) {
        try {
            return Response.ok(
                            View.of("newsletter/confirmed")
                                    .with("subscription", subscriptions.confirm(token)))
                    .build();
        } catch (NotFoundException unknown) {
            return invalidLink();
        }
    }

    @GET
    @Path("desabonnement/{token}")
    public Response unsubscribePage(@PathParam("token") String token) {
        try {
            return Response.ok(
                            View.of("newsletter/unsubscribe")
                                    .with("token", token)
                                    .with("subscription", subscriptions.byToken(token)))
                    .build();
        } catch (NotFoundException unknown) {
            return invalidLink();
        }
    }

    /**
     * The button of the page, and the one-click POST of mail clients (RFC 8058: body {@code
     * List-Unsubscribe=One-Click}, no cookie): the token in the URL is the proof.
     */
    @POST
    @Path("desabonnement/{token}")
    @CsrfExempt
    public Response unsubscribe(@PathParam("token") String token) {
        try {
            return Response.ok(
                            View.of("newsletter/unsubscribed")
                                    .with("subscription", subscriptions.unsubscribe(token)))
                    .build();
        } catch (NotFoundException unknown) {
            return invalidLink();
        }
    }

    /** A member's choices, from the section of their profile page. */
    @POST
    @Path("profil")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveMine(MultivaluedMap<String, String> posted) {
        if ("non".equals(posted.getFirst("subscribed"))) {
            subscriptions.unsubscribeMember(caller.require());
        } else {
            try {
                subscriptions.subscribeMember(
                        caller.require(),
                        posted.getOrDefault("topics", List.of()),
                        posted.getFirst("region"));
            } catch (RuleViolation violation) {
                return Response.seeOther(URI.create("/profil?lettre=erreur#lettre")).build();
            }
        }
        return Response.seeOther(URI.create("/profil?lettre=enregistre#lettre")).build();
    }

    @GET
    @Path("archives")
    public View archive(@QueryParam("page") String page) {
        PageRequest paging = PageRequest.of(page, "12");
        IssueService.ArchivePage archive = issues.archive(paging);
        return View.of("newsletter/archive")
                .with("issues", archive.items())
                .with("page", paging.page())
                .with("pageCount", paging.pageCount(archive.total()));
    }

    @GET
    @Path("archives/{number:[0-9]+}")
    public View archived(@PathParam("number") int number) {
        IssueService.ArchivedIssue archived = issues.archived(number);
        return View.of("newsletter/issue")
                .with("issue", archived.issue())
                .with("digest", archived.content());
    }

    private Response invalidLink() {
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(View.of("newsletter/invalid-link"))
                .build();
    }

    private View form(Map<String, String> form, List<String> topics, String region) {
        return View.of("newsletter/subscribe")
                .with("form", form)
                .with("topics", Topic.codes())
                .with("chosen", topics)
                .with("region", region)
                .with("regions", Regions.all());
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
