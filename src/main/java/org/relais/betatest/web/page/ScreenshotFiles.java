package org.relais.betatest.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.relais.betatest.application.ReportScreenshots;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.upload.Downloads;

/** A report's screenshot, for the holder of the call and the tester; 404 for anyone else. */
@ApplicationScoped
@Path("beta-tests/captures")
public class ScreenshotFiles {
    @Inject ReportScreenshots screenshots;
    @Inject CurrentCaller caller;
    @Context Request request;

    @GET
    @Path("{id:[0-9]+}")
    public Response file(@PathParam("id") long id) {
        ReportScreenshots.ScreenshotFile file = screenshots.open(caller.get(), id);
        return Downloads.attachment(
                request,
                file.path(),
                file.screenshot().fileName(),
                file.screenshot().mediaType(),
                file.screenshot().sha256());
    }
}
