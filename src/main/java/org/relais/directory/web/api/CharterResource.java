package org.relais.directory.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.relais.directory.domain.CharterCriteria;
import org.relais.directory.domain.CharterTheme;

/** The network's charter criteria, with stable codes, for forms and scripts. */
@ApplicationScoped
@Path("api/v1/charter/criteria")
@Produces(MediaType.APPLICATION_JSON)
public class CharterResource {
    @GET
    public Map<String, Object> criteria() {
        CharterCriteria charter = CharterCriteria.charter();
        List<Map<String, Object>> items =
                charter.all().stream()
                        .map(
                                c ->
                                        Map.<String, Object>of(
                                                "code", c.code(),
                                                "theme", c.theme(),
                                                "themeLabel",
                                                        charter.themes().stream()
                                                                .filter(
                                                                        t ->
                                                                                t.code()
                                                                                        .equals(
                                                                                                c
                                                                                                        .theme()))
                                                                .map(CharterTheme::label)
                                                                .findFirst()
                                                                .orElse(""),
                                                "mandatory", c.mandatory(),
                                                "text", c.text()))
                        .toList();
        return Map.of(
                "items",
                items,
                "total",
                items.size(),
                "page",
                1,
                "size",
                items.size(),
                "minimumSpecific",
                5);
    }
}
