package org.relais.platform.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.platform.security.Caller;
import org.relais.platform.security.CurrentCaller;
import org.relais.platform.web.view.View;

/** The home page: a welcome, then each capability's section. */
@ApplicationScoped
@Path("")
public class HomeResource {
    @Inject Instance<HomeSection> sections;
    @Inject CurrentCaller caller;

    /** A section ready to render: its template and data. */
    public record RenderedSection(String template, Map<String, Object> data) {}

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View home() {
        Optional<Caller> visitor = caller.get();
        List<RenderedSection> rendered =
                sections.stream()
                        .sorted(Comparator.comparingInt(HomeSection::order))
                        .flatMap(
                                s ->
                                        s
                                                .data(visitor)
                                                .map(d -> new RenderedSection(s.template(), d))
                                                .stream())
                        .toList();
        return View.of("home/index").with("sections", rendered);
    }
}
