package org.relais.library.application;

import java.util.List;
import org.relais.library.domain.ExtraGrants;
import org.relais.library.domain.Origin;

/**
 * A kit version as its depositor describes it, before any check: what the kit is, where it comes
 * from, under which licence and extra grants, and whether the declaration was accepted. The same
 * command deposits a new kit and records a new version of an existing one ({@code changes} then
 * says what changed).
 *
 * @param durationMinutes may be null
 * @param level a {@code KitLevel} name, or null
 * @param places public ids of directory places where the kit was used
 */
public record DepositKit(
        String title,
        String summary,
        String description,
        String audience,
        Integer durationMinutes,
        String level,
        List<String> tags,
        List<String> places,
        List<NewLink> links,
        Origin origin,
        String licenceId,
        ExtraGrants grants,
        boolean publicBody,
        boolean declarationAccepted,
        String changes) {

    public DepositKit {
        tags = tags == null ? List.of() : List.copyOf(tags);
        places = places == null ? List.of() : List.copyOf(places);
        links = links == null ? List.of() : List.copyOf(links);
        grants = grants == null ? ExtraGrants.none() : grants;
    }

    /** A link given with the kit: where it points and what it is. */
    public record NewLink(String url, String label) {}
}
