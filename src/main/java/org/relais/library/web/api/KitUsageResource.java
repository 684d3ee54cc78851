package org.relais.library.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import org.relais.library.application.UsageAnswer;
import org.relais.library.application.UsageService;
import org.relais.library.web.UseInput;
import org.relais.library.web.api.UsageJson.AnswerJson;
import org.relais.library.web.api.UsageJson.RequesterJson;
import org.relais.library.web.api.UsageJson.UsageRequestJson;
import org.relais.library.web.api.UsageJson.UseJson;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.security.CurrentCaller;

/**
 * "Je veux utiliser ce kit" through the API: the answer, term by term, and the usage contract when
 * the use is covered. Members only, so that a contract always names an account.
 */
@ApplicationScoped
@Path("api/v1/kits/{id:[0-9]+}/usage-requests")
@Produces(MediaType.APPLICATION_JSON)
public class KitUsageResource {
    @Inject UsageService usage;
    @Inject CurrentCaller caller;
    @Inject RequestLocale locale;

    @POST
    @RolesAllowed("member")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@PathParam("id") long kitId, UsageRequestJson body) {
        if (body == null || body.requester() == null || body.use() == null) {
            throw RuleViolation.of("use", "usage.body.required");
        }
        RequesterJson r = body.requester();
        UseJson u = body.use();
        UseInput.Parsed parsed =
                UseInput.parse(
                        new UseInput.Raw(
                                r.kind(),
                                r.name(),
                                String.valueOf(r.publicBody()),
                                u.context(),
                                String.valueOf(u.commercial()),
                                String.valueOf(u.reproduce()),
                                u.distribute(),
                                adaptations(u.adapt()),
                                String.valueOf(u.publicScreening()),
                                u.audienceSize() == null ? null : u.audienceSize().toString(),
                                u.from(),
                                u.to(),
                                u.places()));
        UsageAnswer answer =
                usage.request(
                        caller.require(), kitId, parsed.requester(), parsed.use(), locale.get());
        return Response.created(URI.create("/api/v1/usage-requests/" + answer.requestId()))
                .entity(AnswerJson.of(answer))
                .build();
    }

    private static Collection<String> adaptations(Object adapt) {
        if (adapt == null || Boolean.FALSE.equals(adapt)) {
            return List.of();
        }
        if (adapt instanceof String single) {
            return List.of(single);
        }
        if (adapt instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        throw RuleViolation.of("use.adapt", "usage.adapt.invalid", String.valueOf(adapt));
    }
}
