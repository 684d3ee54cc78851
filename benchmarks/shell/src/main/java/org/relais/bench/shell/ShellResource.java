package org.relais.bench.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Answers {@code GET /} with the number of notes in the database. */
@Path("/")
@RequestScoped
public class ShellResource {
    @Inject Notes notes;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String home() {
        return "notes: " + notes.count();
    }
}
