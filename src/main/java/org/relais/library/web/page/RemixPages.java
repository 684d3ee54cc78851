package org.relais.library.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.relais.library.application.KitService;
import org.relais.library.application.RemixAdvice;
import org.relais.library.domain.KitFilter;
import org.relais.library.domain.LicenceCatalogue;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.View;

/**
 * The remix check on its own page, for anyone preparing an adaptation: choose published kits (or
 * type their numbers or addresses), or licences, and read which licences the result may carry and
 * the attribution block of the kits. A GET form: it changes nothing, and its address can be shared.
 */
@ApplicationScoped
@Path("bibliotheque/remix")
@Produces(MediaType.TEXT_HTML)
public class RemixPages {
    @Inject RemixAdvice remix;
    @Inject KitService kits;
    @Inject RequestLocale locale;
    @Inject FormErrors formErrors;

    @GET
    public Response check(@Context UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        String by = query.getFirst("par");
        List<String> licenceIds = query.getOrDefault("licences", List.of());
        View page =
                View.of("library/remix")
                        .with(
                                "publishedKits",
                                kits.list(
                                                KitFilter.none(),
                                                new PageRequest(1, PageRequest.MAX_SIZE),
                                                Optional.empty())
                                        .items())
                        .with("licences", LicenceCatalogue.standard().all())
                        .with("chosenLicences", licenceIds)
                        .with("chosenKits", query.getOrDefault("sourceKits", List.of()))
                        .with("sourcesSent", query.getFirst("sources"))
                        .with("verdict", null);
        if (by == null) {
            return Response.ok(page).build();
        }
        try {
            RemixAdvice.Advice advice =
                    "kits".equals(by)
                            ? byKits(DepositForms.sources(query, "sources"))
                            : byLicences(licenceIds);
            return Response.ok(page.with("verdict", advice)).build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(page, violation);
        }
    }

    private RemixAdvice.Advice byLicences(List<String> ids) {
        if (ids.isEmpty()) {
            throw RuleViolation.of("licences", "library.remix.licences.required");
        }
        return remix.byLicences(ids, locale.get());
    }

    private RemixAdvice.Advice byKits(List<Long> ids) {
        if (ids.isEmpty()) {
            throw RuleViolation.of("sources", "library.remix.kits.required");
        }
        for (Long id : ids) {
            if (!remix.isPublishedKit(id)) {
                throw RuleViolation.of(
                        "sources", "library.origin.source.unknown", String.valueOf(id));
            }
        }
        return remix.byKits(ids, Optional.empty(), locale.get());
    }
}
