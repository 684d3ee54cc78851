package org.relais.library.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relais.library.domain.Attribution;
import org.relais.library.domain.Kit;
import org.relais.library.domain.KitRepository;
import org.relais.library.domain.Licence;
import org.relais.library.domain.LicenceCatalogue;
import org.relais.library.domain.RemixCheck;
import org.relais.library.domain.Texts;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.Caller;

/**
 * The remix check for a depositor: sources given by licence ids or by kit ids (then the attribution
 * block of those kits comes too).
 */
@ApplicationScoped
public class RemixAdvice {
    public static final int SOURCES_MAX = 20;

    @Inject KitService kits;
    @Inject Contracts contracts;
    @Inject KitRepository repository;

    private final LicenceCatalogue catalogue = LicenceCatalogue.standard();

    public record Advice(RemixCheck.Result result, List<String> reasons, String attribution) {}

    public Advice byLicences(List<String> ids, Locale locale) {
        requireSources(ids);
        List<Licence> licences = new ArrayList<>();
        for (String id : ids) {
            licences.add(
                    catalogue
                            .byId(id)
                            .orElseThrow(
                                    () ->
                                            RuleViolation.of(
                                                    "licences",
                                                    "usage.remix.licence.unknown",
                                                    String.valueOf(id))));
        }
        return advice(licences, List.of(), contracts.texts(locale));
    }

    public Advice byKits(List<Long> kitIds, Optional<Caller> visitor, Locale locale) {
        requireSources(kitIds);
        List<Licence> licences = new ArrayList<>();
        List<Attribution> attributions = new ArrayList<>();
        for (Long id : kitIds) {
            KitView kit = kits.get(id == null ? -1 : id, visitor);
            Licence licence = catalogue.get(kit.version().licenceId());
            licences.add(licence);
            attributions.add(contracts.attribution(kit, kit.version(), licence));
        }
        return advice(licences, attributions, contracts.texts(locale));
    }

    /** Whether a kit may be a source: it exists and is published (seen as any visitor sees it). */
    public boolean isPublishedKit(Long kitId) {
        return kitId != null && repository.findKit(kitId).filter(Kit::isPublished).isPresent();
    }

    private Advice advice(List<Licence> licences, List<Attribution> attributions, Texts texts) {
        RemixCheck.Result result = new RemixCheck(catalogue).check(licences);
        return new Advice(
                result, texts.renderAll(result.reasons()), Attribution.block(attributions, texts));
    }

    private static void requireSources(List<?> sources) {
        if (sources == null || sources.isEmpty() || sources.size() > SOURCES_MAX) {
            throw RuleViolation.of("sources", "usage.remix.sources.invalid", SOURCES_MAX);
        }
    }
}
