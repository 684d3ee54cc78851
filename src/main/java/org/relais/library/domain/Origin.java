package org.relais.library.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a kit comes from (step 1 of the deposit). Which details are required depends on the kind;
 * {@link #problems()} lists the message keys of what is missing.
 *
 * @param kind own work, with co-authors, someone else's, AI-assisted, public domain
 * @param names co-authors' names, or the third party's name
 * @param agreementConfirmed co-authors agree to the deposit and the licence
 * @param existingPermission the third party's licence or permission (a third-party work keeps it)
 * @param aiTool which AI tool was used
 * @param aiPart what part it produced
 * @param publicDomainReason why the work is in the public domain
 * @param sources for an adaptation or a remix of kits of the library, their ids (the remix check
 *     then decides which licences the result may carry)
 */
public record Origin(
        Kind kind,
        String names,
        boolean agreementConfirmed,
        String existingPermission,
        String aiTool,
        String aiPart,
        String publicDomainReason,
        List<Long> sources) {
    public static final int SOURCES_MAX = 20;

    public enum Kind {
        OWN,
        CO_AUTHORS,
        THIRD_PARTY,
        AI_ASSISTED,
        PUBLIC_DOMAIN,
        ADAPTATION;

        public String messageKey() {
            return "licence.origin." + name();
        }
    }

    public Origin {
        Objects.requireNonNull(kind, "kind");
        sources =
                kind == Kind.ADAPTATION && sources != null
                        ? List.copyOf(sources.stream().filter(Objects::nonNull).distinct().toList())
                        : List.of();
    }

    /** The other kinds, which have no sources. */
    public Origin(
            Kind kind,
            String names,
            boolean agreementConfirmed,
            String existingPermission,
            String aiTool,
            String aiPart,
            String publicDomainReason) {
        this(
                kind,
                names,
                agreementConfirmed,
                existingPermission,
                aiTool,
                aiPart,
                publicDomainReason,
                List.of());
    }

    public static Origin own() {
        return new Origin(Kind.OWN, null, false, null, null, null, null);
    }

    public static Origin coAuthors(String names, boolean agreementConfirmed) {
        return new Origin(Kind.CO_AUTHORS, names, agreementConfirmed, null, null, null, null);
    }

    public static Origin thirdParty(String owner, String existingPermission) {
        return new Origin(Kind.THIRD_PARTY, owner, false, existingPermission, null, null, null);
    }

    public static Origin aiAssisted(String tool, String part) {
        return new Origin(Kind.AI_ASSISTED, null, false, null, tool, part, null);
    }

    public static Origin publicDomain(String reason) {
        return new Origin(Kind.PUBLIC_DOMAIN, null, false, null, null, null, reason);
    }

    public static Origin adaptation(List<Long> sourceKitIds) {
        return new Origin(Kind.ADAPTATION, null, false, null, null, null, null, sourceKitIds);
    }

    /** Message keys of the missing details; empty when the origin is complete. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        switch (kind) {
            case CO_AUTHORS -> {
                require(names, "licence.origin.names.required", problems);
                if (!agreementConfirmed) {
                    problems.add("licence.origin.agreement.required");
                }
            }
            case THIRD_PARTY -> {
                require(names, "licence.origin.owner.required", problems);
                require(existingPermission, "licence.origin.permission.required", problems);
            }
            case AI_ASSISTED -> {
                require(aiTool, "licence.origin.tool.required", problems);
                require(aiPart, "licence.origin.part.required", problems);
            }
            case PUBLIC_DOMAIN ->
                    require(publicDomainReason, "licence.origin.reason.required", problems);
            case ADAPTATION -> {
                if (sources.isEmpty()) {
                    problems.add("licence.origin.sources.required");
                } else if (sources.size() > SOURCES_MAX) {
                    problems.add("licence.origin.sources.too-many");
                }
            }
            case OWN -> {}
        }
        return problems;
    }

    private static void require(String value, String key, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add(key);
        }
    }
}
