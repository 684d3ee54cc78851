package org.relais.library.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.relais.library.domain.ContractSections;
import org.relais.library.domain.Evaluation;
import org.relais.library.domain.ExtraGrants;
import org.relais.library.domain.FieldOfUse;
import org.relais.library.domain.GrantAnswer;
import org.relais.library.domain.Kit;
import org.relais.library.domain.KitRepository;
import org.relais.library.domain.KitVersion;
import org.relais.library.domain.LicenceCatalogue;
import org.relais.library.domain.Texts;
import org.relais.library.domain.UsageEvaluator;
import org.relais.library.domain.UsageRepository;
import org.relais.library.domain.UsageRequest;

/**
 * Usage requests as lists show them: the declared use and the reasons are rendered again in the
 * reader's language from the stored use and the version's licence and grants (the engine is
 * deterministic, so they are the reasons the requester was given).
 */
@ApplicationScoped
public class RequestViews {
    @Inject UsageRepository repository;
    @Inject KitRepository kits;
    @Inject Contracts contracts;

    private final LicenceCatalogue catalogue = LicenceCatalogue.standard();
    private final UsageEvaluator evaluator = new UsageEvaluator();

    public List<RequestView> of(List<UsageRequest> requests, Locale locale) {
        Texts texts = contracts.texts(locale);
        return requests.stream().map(r -> of(r, texts)).toList();
    }

    private RequestView of(UsageRequest r, Texts texts) {
        Kit kit = kits.getKit(r.kitId());
        KitVersion version = kits.findVersionById(r.versionId()).orElseThrow();
        Evaluation evaluation =
                evaluator.evaluate(catalogue.get(version.licenceId()), grantsOf(version), r.use());
        return new RequestView(
                r.id(),
                r.kitId(),
                kit.title(),
                r.requester().name(),
                r.requester().kind().json(),
                r.requester().publicBody(),
                r.status().name(),
                r.verdict().name(),
                ContractSections.declaredUse(r.use(), texts),
                evaluation.reasons().stream()
                        .map(c -> new UsageAnswer.Term(c.code(), texts.render(c)))
                        .toList(),
                r.message(),
                r.authorMessage(),
                r.conditions(),
                r.grantFrom(),
                r.grantTo(),
                r.createdAt(),
                r.decidedAt(),
                repository.contractFor(r.id()).map(ContractRef::of));
    }

    static ExtraGrants grantsOf(KitVersion version) {
        Map<FieldOfUse, GrantAnswer> answers = new EnumMap<>(FieldOfUse.class);
        version.grants()
                .forEach(
                        (field, answer) ->
                                answers.put(
                                        FieldOfUse.valueOf(field), GrantAnswer.valueOf(answer)));
        return ExtraGrants.of(answers);
    }
}
