package org.relais.accounts.web.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.relais.accounts.application.MemberProfile;

/** A member's public profile on the wire. */
public record MemberJson(
        String id,
        String displayName,
        String bioHtml,
        String city,
        List<String> skills,
        Map<String, String> skillLabels,
        List<String> roles,
        OffsetDateTime memberSince) {
    static MemberJson of(MemberProfile profile) {
        return new MemberJson(
                Long.toString(profile.id()),
                profile.displayName(),
                profile.bioHtml(),
                profile.city(),
                profile.skills(),
                profile.skillLabels(),
                profile.roles(),
                profile.memberSince());
    }
}
