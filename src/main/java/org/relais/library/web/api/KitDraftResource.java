package org.relais.library.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.relais.library.application.DraftCleanup;

/** Deposit drafts, for administrators: the cleanup of abandoned ones, on demand. */
@ApplicationScoped
@Path("api/v1/kit-drafts")
@Produces(MediaType.APPLICATION_JSON)
public class KitDraftResource {
    @Inject DraftCleanup cleanup;

    /**
     * Deletes drafts not saved for {@code olderThan} (ISO-8601, default the configured {@code
     * relais.library.draft-ttl}) and the stored files nothing else names, as the scheduled job
     * does.
     */
    @POST
    @Path("cleanup")
    @RolesAllowed("admin")
    public DraftCleanup.Cleaned clean(@QueryParam("olderThan") String olderThan) {
        return cleanup.clean(olderThan == null ? cleanup.ttl() : DraftCleanup.parse(olderThan));
    }
}
