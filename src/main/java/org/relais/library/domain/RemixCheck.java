package org.relais.library.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which licences an adaptation combining several sources may carry, after the adapter's licence
 * chart of the CC FAQ ("If I derive or adapt material offered under a Creative Commons license,
 * which CC license(s) can I use?"): from CC0 anything; from BY (and Licence Ouverte, which asks
 * only for attribution) any licence but CC0, which would drop the attribution; from BY-SA only
 * BY-SA; from BY-NC only NC licences; from BY-NC-SA only BY-NC-SA. ND sources may not be shared
 * adapted, "tous droits réservés" ones need the author's authorisation. The result may carry the
 * licences allowed by every source: BY + BY-SA → BY-SA, BY-SA + BY-NC → none.
 */
public final class RemixCheck {
    /** The answer: compatible when at least one licence suits every source. */
    public record Result(boolean compatible, List<Licence> possibleLicences, List<Clause> reasons) {
        public Result {
            possibleLicences = List.copyOf(possibleLicences);
            reasons = List.copyOf(reasons);
        }

        public List<String> possibleIds() {
            return possibleLicences.stream().map(Licence::id).toList();
        }

        public List<String> reasonCodes() {
            return reasons.stream().map(Clause::code).toList();
        }
    }

    private static final List<String> ANY_BUT_CC0 =
            List.of(
                    Licence.CC_BY,
                    Licence.CC_BY_SA,
                    Licence.CC_BY_NC,
                    Licence.CC_BY_ND,
                    Licence.CC_BY_NC_SA,
                    Licence.CC_BY_NC_ND,
                    Licence.ETALAB,
                    Licence.ALL_RIGHTS_RESERVED);
    private static final Map<String, List<String>> ADAPTER_LICENCES =
            Map.of(
                    Licence.CC_BY, ANY_BUT_CC0,
                    Licence.ETALAB, ANY_BUT_CC0,
                    Licence.CC_BY_SA, List.of(Licence.CC_BY_SA),
                    Licence.CC_BY_NC,
                            List.of(Licence.CC_BY_NC, Licence.CC_BY_NC_SA, Licence.CC_BY_NC_ND),
                    Licence.CC_BY_NC_SA, List.of(Licence.CC_BY_NC_SA),
                    Licence.CC_BY_ND, List.of(),
                    Licence.CC_BY_NC_ND, List.of(),
                    Licence.ALL_RIGHTS_RESERVED, List.of());

    private final LicenceCatalogue catalogue;

    public RemixCheck(LicenceCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public Result check(List<Licence> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a remix needs at least one source");
        }
        List<Clause> reasons = new ArrayList<>();
        Set<String> possible =
                new LinkedHashSet<>(catalogue.all().stream().map(Licence::id).toList());
        for (Licence source : new LinkedHashSet<>(sources)) {
            List<String> allowed = allowedFor(source);
            if (source.requires(Condition.NO_DERIVATIVES)) {
                reasons.add(
                        Clause.of(
                                "NO_DERIVATIVES",
                                "licence.remix.NO_DERIVATIVES",
                                source.shortName()));
            } else if (source.allRightsReserved()) {
                reasons.add(Clause.of("ALL_RIGHTS_RESERVED", "licence.remix.ALL_RIGHTS_RESERVED"));
            } else if (!possible.isEmpty() && possible.stream().noneMatch(allowed::contains)) {
                reasons.add(
                        Clause.of(
                                "CONFLICT",
                                "licence.remix.CONFLICT",
                                source.shortName(),
                                conflictingWith(source, sources)));
            }
            possible.retainAll(allowed);
        }
        List<Licence> result = possible.stream().map(catalogue::get).toList();
        if (!result.isEmpty() && !result.contains(catalogue.get(Licence.CC0))) {
            reasons.add(Clause.of("ATTRIBUTION_KEPT", "licence.remix.ATTRIBUTION_KEPT"));
        }
        if (result.size() == 1) {
            reasons.add(
                    Clause.of(
                            "SINGLE_LICENCE",
                            "licence.remix.SINGLE_LICENCE",
                            result.get(0).shortName()));
        }
        return new Result(!result.isEmpty(), result, reasons);
    }

    /** The licences an adaptation of this source may carry. */
    public List<String> allowedFor(Licence source) {
        if (source.publicDomain()) {
            return catalogue.all().stream().map(Licence::id).toList();
        }
        List<String> allowed = ADAPTER_LICENCES.get(source.id());
        if (allowed == null) {
            throw new IllegalArgumentException("no adapter's licence rule for " + source.id());
        }
        return allowed;
    }

    private String conflictingWith(Licence source, List<Licence> sources) {
        for (Licence other : sources) {
            if (allowedFor(other).stream().noneMatch(allowedFor(source)::contains)) {
                return other.shortName();
            }
        }
        return source.shortName();
    }
}
