package org.relais.accounts.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.relais.accounts.application.AccountService;
import org.relais.accounts.application.IssuedToken;
import org.relais.accounts.application.LoginService;
import org.relais.accounts.application.MemberProfile;
import org.relais.accounts.application.OwnAccount;
import org.relais.accounts.application.UpdateProfile;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.home.HomeResource;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.text.Tags;
import org.relais.platform.web.view.FormErrors;
import org.relais.platform.web.view.MemberPageSection;
import org.relais.platform.web.view.View;

/** A member's own profile, data export, API tokens and deletion; public member pages. */
@ApplicationScoped
@Path("")
@Produces(MediaType.TEXT_HTML)
public class ProfilePages {
    private static final Jsonb PRETTY_JSON =
            JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    @Inject AccountService accounts;
    @Inject LoginService logins;
    @Inject CurrentCaller caller;
    @Inject FormErrors formErrors;
    @Inject Instance<MemberPageSection> memberSections;
    @Context HttpServletRequest request;

    @GET
    @Path("membres")
    public View members(@QueryParam("page") String page) {
        PageRequest paging = PageRequest.of(page, "24");
        long total = accounts.countMembers();
        return View.of("accounts/members")
                .with("members", accounts.newestMembers(paging.offset(), paging.size()))
                .with("page", paging.page())
                .with("pageCount", paging.pageCount(total))
                .with("total", total);
    }

    @GET
    @Path("membres/{id}")
    public View member(@PathParam("id") long id) {
        MemberProfile profile = accounts.profile(id);
        List<HomeResource.RenderedSection> sections = sections(section -> section.data(id));
        return View.of("accounts/member").with("member", profile).with("sections", sections);
    }

    @GET
    @Path("profil")
    @RolesAllowed("member")
    public View profileForm(@QueryParam("enregistre") String saved) {
        OwnAccount own = accounts.ownAccount(caller.requireId());
        return profileView(own, formOf(own)).with("saved", saved != null);
    }

    @POST
    @Path("profil")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveProfile(
            @FormParam("displayName") String displayName,
            @FormParam("bio") String bio,
            @FormParam("city") String city,
            @FormParam("skills") String skills) {
        long id = caller.requireId();
        try {
            accounts.updateProfile(
                    id,
                    new UpdateProfile(
                            displayName,
                            bio,
                            city,
                            List.copyOf(Tags.labelled(Tags.splitList(skills)).values())));
            return Response.seeOther(URI.create("/profil?enregistre")).build();
        } catch (RuleViolation violation) {
            Map<String, String> form =
                    Map.of(
                            "displayName", nullToEmpty(displayName),
                            "bio", nullToEmpty(bio),
                            "city", nullToEmpty(city),
                            "skills", nullToEmpty(skills));
            return formErrors.rerender(profileView(accounts.ownAccount(id), form), violation);
        }
    }

    @GET
    @Path("profil/export")
    @RolesAllowed("member")
    @Produces(MediaType.APPLICATION_JSON)
    public Response export() {
        long id = caller.requireId();
        String json = PRETTY_JSON.toJson(accounts.export(id, logins.tokens(id)));
        return Response.ok(json.getBytes(StandardCharsets.UTF_8), "application/json;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"relais-mes-donnees.json\"")
                .build();
    }

    @POST
    @Path("profil/jetons")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createToken(@FormParam("name") String name) {
        long id = caller.requireId();
        OwnAccount own = accounts.ownAccount(id);
        try {
            IssuedToken issued = logins.issueToken(id, name);
            return Response.ok(profileView(own, formOf(own)).with("newToken", issued.secret()))
                    .build();
        } catch (RuleViolation violation) {
            return formErrors.rerender(profileView(own, formOf(own)), violation);
        }
    }

    @POST
    @Path("profil/jetons/{tokenId}/revoquer")
    @RolesAllowed("member")
    public Response revokeToken(@PathParam("tokenId") long tokenId) {
        logins.revokeToken(caller.requireId(), tokenId);
        return Response.seeOther(URI.create("/profil#jetons")).build();
    }

    @GET
    @Path("profil/supprimer")
    @RolesAllowed("member")
    public View deleteForm() {
        return View.of("accounts/delete");
    }

    @POST
    @Path("profil/supprimer")
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@FormParam("password") String password) {
        try {
            accounts.delete(caller.requireId(), password);
        } catch (RuleViolation violation) {
            return formErrors.rerender(View.of("accounts/delete"), violation);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.ok(View.of("accounts/deleted")).build();
    }

    private View profileView(OwnAccount own, Map<String, String> form) {
        List<HomeResource.RenderedSection> sections =
                sections(section -> section.ownData(own.id()));
        return View.of("accounts/profile")
                .with("sections", sections)
                .with("account", own)
                .with("form", form)
                .with("tokens", logins.tokens(own.id()));
    }

    /** The other capabilities' sections of a member's pages, in order, those with data only. */
    private List<HomeResource.RenderedSection> sections(
            Function<MemberPageSection, Optional<Map<String, Object>>> data) {
        return memberSections.stream()
                .sorted(Comparator.comparingInt(MemberPageSection::order))
                .flatMap(
                        s ->
                                data
                                        .apply(s)
                                        .map(d -> new HomeResource.RenderedSection(s.template(), d))
                                        .stream())
                .toList();
    }

    private static Map<String, String> formOf(OwnAccount own) {
        return Map.of(
                "displayName", own.displayName(),
                "bio", own.bioMarkdown(),
                "city", own.city(),
                "skills", String.join(", ", own.skillLabels().values()));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
