package org.relais.library.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relais.library.application.RemixAdvice;
import org.relais.library.web.api.UsageJson.RemixJson;
import org.relais.library.web.api.UsageJson.RemixResultJson;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.RequestLocale;

/**
 * Which licences an adaptation of these sources may carry ({@code licences} or {@code kitIds});
 * only published kits can be sources, whoever asks (an unpublished or unknown kit is not found).
 */
@ApplicationScoped
@Path("api/v1/remix-check")
@Produces(MediaType.APPLICATION_JSON)
public class RemixResource {
    @Inject RemixAdvice remix;
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
                        : remix.byKits(kitIds(body.kitIds()), Optional.empty(), locale.get());
        return new RemixResultJson(
                advice.result().compatible(),
                advice.result().possibleIds(),
                advice.reasons(),
                advice.attribution());
    }

    private static List<Long> kitIds(List<String> ids) {
        List<Long> parsed = new ArrayList<>();
        for (String id : ids) {
            try {
                parsed.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException | NullPointerException e) {
                throw RuleViolation.of("kitIds", "usage.remix.kit.invalid", String.valueOf(id));
            }
        }
        return parsed;
    }
}
