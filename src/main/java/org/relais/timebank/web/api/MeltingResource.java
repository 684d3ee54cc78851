package org.relais.timebank.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.relais.platform.error.RuleViolation;
import org.relais.timebank.application.MeltingJob;

/**
 * Runs the melting of idle credits now, for an administrator: to catch up after a stop, to check a
 * new policy on one member, or in tests, as on another day ({@code on}, ISO date) since melting is
 * a matter of months.
 */
@ApplicationScoped
@Path("api/v1/timebank/melting")
@Produces(MediaType.APPLICATION_JSON)
public class MeltingResource {
    @Inject MeltingJob job;

    public record MeltedJson(String memberId, long minutes) {}

    public record MeltingJson(
            String on,
            boolean enabled,
            List<MeltedJson> melted,
            long meltedMinutes,
            List<String> warned) {}

    @POST
    @Path("run")
    @RolesAllowed("admin")
    public MeltingJson run(@QueryParam("on") String on, @QueryParam("memberId") String memberId) {
        MeltingJob.Report report = job.run(day(on), TimebankJson.id(memberId));
        return new MeltingJson(
                report.on().toString(),
                report.enabled(),
                report.melted().stream()
                        .map(m -> new MeltedJson(String.valueOf(m.memberId()), m.meltedMinutes()))
                        .toList(),
                report.meltedMinutes(),
                report.warned().stream().map(String::valueOf).toList());
    }

    private LocalDate day(String on) {
        if (on == null || on.isBlank()) {
            return job.today();
        }
        try {
            return LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.of("on", "timebank.melting.day");
        }
    }
}
