package org.relais.newsletter.web.page;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.relais.newsletter.application.IssueService;
import org.relais.newsletter.application.IssueView;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;

/**
 * The editor's pages: the next issue's draft (the composed sections and the editorial form), its
 * preview as sent, a test copy, the send, and its progress (a page that refreshes itself, with a
 * reload link for those who turned that off).
 */
@ApplicationScoped
@Path("lettre/editeur")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class EditorPages {
    @Inject IssueService issues;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;

    @GET
    public View draft(@QueryParam("fait") String done) {
        IssueView draft = issues.draft(caller.require());
        return draftView(
                        Map.of("title", draft.title(), "editorial", draft.editorialSource()), draft)
                .with("done", done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response write(
            @FormParam("title") String title, @FormParam("editorial") String editorial) {
        try {
            issues.write(caller.require(), title, editorial);
            return Response.seeOther(URI.create("/lettre/editeur?fait=enregistre")).build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    draftView(
                            Map.of(
                                    "title", NewsletterPages.orEmpty(title),
                                    "editorial", NewsletterPages.orEmpty(editorial)),
                            issues.draft(caller.require())),
                    violation);
        }
    }

    /** The HTML mail as sent, shown alone (it has its own styles). */
    @GET
    @Path("apercu")
    public Response preview() {
        return Response.ok(
                        issues.preview(caller.require()),
                        MediaType.TEXT_HTML_TYPE + ";charset=UTF-8")
                .build();
    }

    @POST
    @Path("test")
    public Response sendTest() {
        issues.sendTest(caller.require());
        return Response.seeOther(URI.create("/lettre/editeur?fait=test")).build();
    }

    @POST
    @Path("envoi")
    public Response send() {
        IssueView draft = issues.draft(caller.require());
        IssueView sending = issues.send(caller.require(), draft.id());
        return Response.seeOther(URI.create("/lettre/editeur/envois/" + sending.id())).build();
    }

    @GET
    @Path("envois/{id:[0-9]+}")
    public View progress(@PathParam("id") long id) {
        return View.of("newsletter/progress")
                .with("progress", issues.progress(caller.require(), id));
    }

    private View draftView(Map<String, String> form, IssueView draft) {
        return View.of("newsletter/editor")
                .with("form", form)
                .with("draft", draft)
                .with("sections", issues.composed(caller.require()))
                .with("sending", issues.sending());
    }
}
