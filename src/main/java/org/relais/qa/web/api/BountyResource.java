package org.relais.qa.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.relais.platform.error.RuleViolation;
import org.relais.qa.application.QaBounties;

/**
 * Gives back now, for an administrator, the bounties that waited too long for an accepted answer
 * (the hourly schedule does it otherwise): to catch up after a stop, or in tests as on a later day
 * ({@code on}, ISO date, taken at midnight in Paris).
 */
@ApplicationScoped
@Path("api/v1/qa/bounties/expired/release")
@Produces(MediaType.APPLICATION_JSON)
public class BountyResource {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject QaBounties bounties;
    @Inject Clock clock;

    public record ReleasedJson(String on, int released) {}

    @POST
    @RolesAllowed("admin")
    public ReleasedJson release(@QueryParam("on") String on) {
        OffsetDateTime moment = moment(on);
        return new ReleasedJson(moment.toString(), bounties.releaseExpired(moment));
    }

    private OffsetDateTime moment(String on) {
        if (on == null || on.isBlank()) {
            return OffsetDateTime.now(clock);
        }
        try {
            return LocalDate.parse(on.strip()).atStartOfDay(PARIS).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw RuleViolation.of("on", "qa.bounty.release.day");
        }
    }
}
