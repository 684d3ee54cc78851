package org.relais.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The answer as the user reads it: plain French sentences, obligations that follow the acts. */
class EvaluationTextTest {
    private final LicenceCatalogue catalogue = LicenceCatalogue.standard();
    private final UsageEvaluator evaluator = new UsageEvaluator();

    @Test
    void a_paid_training_under_nc_names_the_conflicting_term() {
        IntendedUse paidTraining =
                IntendedUse.in(UseContext.COMPANY)
                        .commercially(true)
                        .distributing(Distribution.PARTICIPANTS);

        Evaluation evaluation =
                evaluator.evaluate(
                        catalogue.get(Licence.CC_BY_NC), ExtraGrants.none(), paidTraining);

        assertEquals(
                List.of(
                        "la licence CC BY-NC 4.0 interdit l’usage commercial ; votre formation payante est un usage commercial"),
                AttributionTest.FRENCH.renderAll(evaluation.reasons()));
    }

    @Test
    void a_grant_is_named_by_its_field() {
        IntendedUse handouts =
                IntendedUse.in(UseContext.LIBRARY).distributing(Distribution.PRINTED);
        ExtraGrants onRequest =
                ExtraGrants.none().with(FieldOfUse.PRINTED_HANDOUTS, GrantAnswer.ON_REQUEST);

        Evaluation evaluation =
                evaluator.evaluate(catalogue.get(Licence.ALL_RIGHTS_RESERVED), onRequest, handouts);

        assertEquals(
                "pour « Supports imprimés distribués », l’auteur étudie les demandes au cas par cas : écrivez-lui",
                AttributionTest.FRENCH.render(evaluation.reasons().get(2)));
    }

    @Test
    void obligations_follow_the_conditions_and_the_acts() {
        IntendedUse translatedOnline =
                IntendedUse.in(UseContext.ASSOCIATION)
                        .distributing(Distribution.ONLINE)
                        .adapting(Set.of(Adaptation.TRANSLATION));

        assertEquals(
                List.of(
                        "ATTRIBUTION",
                        "INDICATE_CHANGES",
                        "SHARE_ALIKE",
                        "NON_COMMERCIAL_ONLY",
                        "NO_ENDORSEMENT",
                        "NO_ADDITIONAL_RESTRICTIONS"),
                evaluator
                        .evaluate(
                                catalogue.get(Licence.CC_BY_NC_SA),
                                ExtraGrants.none(),
                                translatedOnline)
                        .obligationCodes());
        assertEquals(
                List.of("ATTRIBUTION_SOURCE_DATE"),
                evaluator
                        .evaluate(
                                catalogue.get(Licence.ETALAB), ExtraGrants.none(), translatedOnline)
                        .obligationCodes());
        assertEquals(
                List.of(),
                evaluator
                        .evaluate(catalogue.get(Licence.CC0), ExtraGrants.none(), translatedOnline)
                        .obligationCodes());
        IntendedUse privateTranslation =
                IntendedUse.in(UseContext.SCHOOL).adapting(Set.of(Adaptation.TRANSLATION));
        Evaluation nd =
                evaluator.evaluate(
                        catalogue.get(Licence.CC_BY_ND), ExtraGrants.none(), privateTranslation);
        assertTrue(nd.covered());
        assertEquals(
                List.of("ATTRIBUTION", "KEEP_ADAPTATION_PRIVATE", "NO_ENDORSEMENT"),
                nd.obligationCodes());
        assertEquals(List.of("ADAPT_PRIVATE"), nd.permitted().stream().map(Clause::code).toList());
    }

    @Test
    void what_is_not_covered() {
        IntendedUse workshop =
                IntendedUse.in(UseContext.PUBLIC_DIGITAL_SPACE)
                        .distributing(Distribution.PARTICIPANTS);

        assertEquals(
                List.of(
                        "COMMERCIAL_USE",
                        "SHARING_ADAPTATIONS",
                        "OTHER_USES",
                        "THIRD_PARTY_RIGHTS"),
                evaluator
                        .evaluate(catalogue.get(Licence.CC_BY_NC_ND), ExtraGrants.none(), workshop)
                        .notCovered()
                        .stream()
                        .map(Clause::code)
                        .toList());
    }
}
