package org.relais.search.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.relais.platform.security.Caller;
import org.relais.platform.web.view.NavigationContributor;
import org.relais.platform.web.view.NavigationEntry;
import org.relais.platform.web.view.View;
import org.relais.search.application.IndexRebuild;
import org.relais.search.application.OutboxIndexer;

/**
 * For administrators: the state of this instance's search index (documents, lag behind the outbox,
 * failing documents, last rebuild) and a button that rebuilds it, with its progress.
 */
@ApplicationScoped
@Path("admin/recherche")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Caller.ADMIN)
public class SearchAdminPages {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject OutboxIndexer indexer;
    @Inject IndexRebuild rebuild;

    @GET
    public View status() {
        OutboxIndexer.Status status = indexer.status();
        IndexRebuild.Progress progress = status.rebuild();
        return View.of("search/admin")
                .with("status", status)
                .with("progress", progress)
                .with("startedAt", local(progress.startedAt()))
                .with("finishedAt", local(progress.finishedAt()));
    }

    @POST
    @Path("reconstruire")
    public Response rebuild() {
        rebuild.start("admin");
        return Response.seeOther(URI.create("/admin/recherche")).build();
    }

    private static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(PARIS).toOffsetDateTime();
    }

    /** "Index de recherche" in the navigation of administrators. */
    @ApplicationScoped
    public static class Navigation implements NavigationContributor {
        @Override
        public NavigationEntry navigationEntry() {
            return new NavigationEntry(1100, "/admin/recherche", "nav.searchAdmin", Caller.ADMIN);
        }
    }
}
