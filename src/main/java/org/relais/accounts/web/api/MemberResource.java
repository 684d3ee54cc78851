package org.relais.accounts.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.relais.accounts.application.AccountService;
import org.relais.platform.paging.PageJson;
import org.relais.platform.paging.PageRequest;

/** Public profiles of members, newest first. */
@ApplicationScoped
@Path("api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {
    @Inject AccountService accounts;

    @GET
    public PageJson<MemberJson> list(
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        List<MemberJson> items =
                accounts.newestMembers(request.offset(), request.size()).stream()
                        .map(MemberJson::of)
                        .toList();
        return PageJson.of(items, accounts.countMembers(), request);
    }

    @GET
    @Path("{id}")
    public MemberJson get(@PathParam("id") long id) {
        return MemberJson.of(accounts.profile(id));
    }
}
