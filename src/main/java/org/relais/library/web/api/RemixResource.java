package org.relais.library.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.relais.library.application.RemixAdvice;
import org.relais.library.web.api.UsageJson.RemixJson;
import org.relais.library.web.api.UsageJson.RemixResultJson;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.RequestLocale;
import org.relais.platform.security.CurrentCaller;

/** Which licences an adaptation of these sources may carry ({@code licences} or {@code kitIds}). */
@Path("api/v1/remix-check")
@Produces(MediaType.APPLICATION_JSON)
public class RemixResource {
    @Inject RemixAdvice remix;
    @Inject CurrentCaller caller;
    @Inject RequestLocale locale;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RemixResultJson check(RemixJson body) {
        if (body == null || (body.licences() == null) == (body.kitIds() == null)) {
            throw RuleViolation.of(
                    "sources", "usage.remix.sources.invalid", RemixAdvice.SOURCES_MAX);
        }
        RemixAdvice.Advice advice =
                body.licences() != null
                        ? remix.byLicences(body.licences(), locale.get())
                        : remix.byKits(body.kitIds(), caller.get(), locale.get());
        return new RemixResultJson(
                advice.result().compatible(),
                advice.result().possibleIds(),
                advice.reasons(),
                advice.attribution());
    }
}
