package org.relais.platform.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.relais.platform.error.PayloadTooLargeException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.markdown.MarkdownRenderer;
import org.relais.platform.ratelimit.RateLimits;
import org.relais.platform.security.CurrentCaller;

/** Live preview of Markdown as it will be published, through the same sanitising pipeline. */
@ApplicationScoped
@Path("api/v1/markdown/preview")
@RolesAllowed("member")
public class MarkdownPreviewResource {
    static final int MAX_SOURCE = 50_000;

    @Inject MarkdownRenderer markdown;
    @Inject RateLimits rateLimits;
    @Inject CurrentCaller caller;

    public record PreviewRequest(String markdown) {}

    public record PreviewJson(String html) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public PreviewJson preview(PreviewRequest request) {
        rateLimits.check("markdown-preview", "account:" + caller.requireId());
        if (request == null || request.markdown() == null) {
            throw RuleViolation.of("markdown", "markdown.required");
        }
        if (request.markdown().length() > MAX_SOURCE) {
            throw new PayloadTooLargeException();
        }
        return new PreviewJson(markdown.render(request.markdown()).html());
    }
}
