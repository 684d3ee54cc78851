package org.relais.library.domain;

import java.util.Objects;

/**
 * Where a version's work comes from, as stored: the kind (OWN, CO_AUTHORS, THIRD_PARTY,
 * AI_ASSISTED, PUBLIC_DOMAIN, the names of LICENSING's {@code Origin} kinds) and the details that
 * kind asks for; the others are null.
 */
public record VersionOrigin(
        String kind,
        String coAuthors,
        boolean coAuthorsAgree,
        String thirdPartyOwner,
        String thirdPartyPermission,
        String aiTool,
        String aiPart,
        String publicDomainReason) {

    public VersionOrigin {
        Objects.requireNonNull(kind, "kind");
    }

    public static VersionOrigin own() {
        return new VersionOrigin("OWN", null, false, null, null, null, null, null);
    }
}
