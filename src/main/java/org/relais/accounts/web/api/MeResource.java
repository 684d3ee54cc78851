package org.relais.accounts.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.relais.accounts.application.AccountService;
import org.relais.accounts.application.LoginService;
import org.relais.accounts.application.OwnAccount;
import org.relais.accounts.application.UpdateProfile;
import org.relais.platform.security.CurrentCaller;

/** The caller's own account: read, edit the profile, export everything, delete. */
@ApplicationScoped
@Path("api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("member")
public class MeResource {
    @Inject AccountService accounts;
    @Inject LoginService logins;
    @Inject CurrentCaller caller;

    /** A partial profile: absent (null) fields keep their value. */
    public record ProfilePatch(String displayName, String bio, String city, List<String> skills) {}

    @GET
    public AccountJson me() {
        return AccountJson.of(accounts.ownAccount(caller.requireId()));
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountJson update(ProfilePatch patch) {
        long id = caller.requireId();
        OwnAccount current = accounts.ownAccount(id);
        ProfilePatch given = patch == null ? new ProfilePatch(null, null, null, null) : patch;
        UpdateProfile command =
                new UpdateProfile(
                        given.displayName() != null ? given.displayName() : current.displayName(),
                        given.bio() != null ? given.bio() : current.bioMarkdown(),
                        given.city() != null ? given.city() : current.city(),
                        given.skills() != null
                                ? given.skills()
                                : List.copyOf(current.skillLabels().values()));
        return AccountJson.of(accounts.updateProfile(id, command));
    }

    @GET
    @Path("export")
    public Response export() {
        long id = caller.requireId();
        Map<String, Object> export = accounts.export(id, logins.tokens(id));
        return Response.ok(export)
                .header("Content-Disposition", "attachment; filename=\"relais-mes-donnees.json\"")
                .build();
    }

    @DELETE
    public Response delete() {
        accounts.delete(caller.requireId());
        return Response.noContent().build();
    }
}
