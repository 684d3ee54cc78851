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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.relais.library.application.KitFeedback;
import org.relais.library.application.KitService;
import org.relais.library.domain.FileFamily;
import org.relais.library.domain.KitFile;
import org.relais.library.domain.KitFilter;
import org.relais.library.domain.LicenceCatalogue;
import org.relais.library.domain.ReportReason;
import org.relais.library.web.KitFilters;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.upload.Downloads;
import org.relais.platform.upload.FileStore;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;

/**
 * The library's pages: the list of kits with its filters, a kit with its versions, the download of
 * a file (always as an attachment), and the rating and report forms of a kit.
 */
@ApplicationScoped
@Path("bibliotheque")
@Produces(MediaType.TEXT_HTML)
public class LibraryPages {
    static final int PAGE_SIZE = 12;

    @Inject KitService kits;
    @Inject KitFeedback feedback;
    @Inject KitScreen screen;
    @Inject FileStore store;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;

    @GET
    public View list(
            @QueryParam("etiquette") String tag,
            @QueryParam("licence") String licence,
            @QueryParam("type") String type,
            @QueryParam("page") String page) {
        KitFilter filter = KitFilters.of(tag, licence, type);
        PageRequest paging = PageRequest.of(page, Integer.toString(PAGE_SIZE));
        KitService.KitPage result = kits.list(filter, paging, caller.get());
        StringBuilder base = new StringBuilder("/bibliotheque?");
        if (filter.tag() != null) {
            base.append("etiquette=").append(filter.tag()).append('&');
        }
        if (filter.licenceId() != null) {
            base.append("licence=").append(filter.licenceId()).append('&');
        }
        if (filter.family() != null) {
            base.append("type=").append(filter.family().slug()).append('&');
        }
        return View.of("library/list")
                .with("kits", result.items())
                .with("total", result.total())
                .with("filter", filter)
                .with("licences", LicenceCatalogue.standard().all())
                .with("licenceNames", LicenceNames.all())
                .with("families", FileFamily.values())
                .with("page", paging.page())
                .with("pageCount", paging.pageCount(result.total()))
                .with("base", base.substring(0, base.length() - 1));
    }

    @GET
    @Path("kits/{id:[0-9]+}")
    public View kit(@PathParam("id") long id) {
        return screen.of(id);
    }

    @GET
    @Path("kits/{id:[0-9]+}/versions/{number:[0-9]+}")
    public View version(@PathParam("id") long id, @PathParam("number") int number) {
        return screen.version(id, number);
    }

    @GET
    @Path("kits/{id:[0-9]+}/fichiers/{fileId:[0-9]+}")
    @Produces(MediaType.WILDCARD)
    public Response download(
            @PathParam("id") long id, @PathParam("fileId") long fileId, @Context Request request) {
        KitFile file = kits.file(id, fileId, caller.get());
        java.nio.file.Path stored =
                store.open(file.sha256())
                        .orElseThrow(() -> new NotFoundException("library.file.not-found"));
        return Downloads.attachment(
                request, stored, file.fileName(), file.mediaType(), file.sha256());
    }

    @POST
    @Path("kits/{id:[0-9]+}/note")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@PathParam("id") long id, @FormParam("stars") String stars) {
        try {
            feedback.rate(caller.require(), id, parseStars(stars));
            return back(id, "#note");
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    screen.of(id).with("rateForm", Map.of("stars", orEmpty(stars))), violation);
        }
    }

    @POST
    @Path("kits/{id:[0-9]+}/signalement")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(
            @PathParam("id") long id,
            @FormParam("reason") String reason,
            @FormParam("comment") String comment) {
        try {
            KitFeedback.ReportResult result =
                    feedback.report(caller.require(), id, reason, comment);
            return Response.ok(
                            View.of("library/reported")
                                    .with("kitId", id)
                                    .with("unpublished", result.unpublished())
                                    .with("rights", ReportReason.RIGHTS.name().equals(reason)))
                    .build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(
                    screen.of(id)
                            .with(
                                    "reportForm",
                                    Map.of("reason", orEmpty(reason), "comment", orEmpty(comment))),
                    violation);
        }
    }

    private static int parseStars(String stars) {
        try {
            return Integer.parseInt(orEmpty(stars).strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.of("stars", "library.rating.invalid");
        }
    }

    static Response back(long id, String suffix) {
        return Response.seeOther(URI.create("/bibliotheque/kits/" + id + suffix)).build();
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
