package org.relais.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The licence engine against tables written by hand from the legal codes ({@code
 * src/test/resources/library/*.csv}): every licence × every combination of the use flags, then the
 * extra grants by field of use.
 */
class UsageEvaluatorTableTest {
    private static final LicenceCatalogue CATALOGUE = LicenceCatalogue.standard();
    private final UsageEvaluator evaluator = new UsageEvaluator();

    @ParameterizedTest(
            name =
                    "{0} commercial={1} reproduce={2} distribute={3} adapt={4} screening={5} → {6} {7}")
    @CsvFileSource(resources = "/library/usage-table.csv", numLinesToSkip = 1)
    void licence_alone(
            String licence,
            String commercial,
            String reproduce,
            String distribute,
            String adapt,
            String screening,
            Verdict verdict,
            String reasons) {
        IntendedUse use =
                use("public-digital-space", commercial, reproduce, distribute, adapt, screening);

        Evaluation evaluation = evaluator.evaluate(CATALOGUE.get(licence), ExtraGrants.none(), use);

        assertEquals(verdict, evaluation.verdict());
        assertEquals(codes(reasons), evaluation.reasonCodes());
    }

    @ParameterizedTest(
            name =
                    "{0} {1} in {2} commercial={3} reproduce={4} distribute={5} adapt={6} screening={7} → {8} {9}")
    @CsvFileSource(resources = "/library/grant-table.csv", numLinesToSkip = 1)
    void licence_and_extra_grants(
            String licence,
            String grants,
            String context,
            String commercial,
            String reproduce,
            String distribute,
            String adapt,
            String screening,
            Verdict verdict,
            String reasons) {
        IntendedUse use = use(context, commercial, reproduce, distribute, adapt, screening);

        Evaluation evaluation = evaluator.evaluate(CATALOGUE.get(licence), grants(grants), use);

        assertEquals(verdict, evaluation.verdict());
        assertEquals(codes(reasons), evaluation.reasonCodes());
    }

    static IntendedUse use(
            String context,
            String commercial,
            String reproduce,
            String distribute,
            String adapt,
            String screening) {
        Set<Adaptation> adaptations =
                "none".equals(adapt) ? Set.of() : Set.of(Adaptation.fromJson(adapt));
        return IntendedUse.in(UseContext.fromJson(context))
                .commercially(yes(commercial))
                .reproducing(yes(reproduce))
                .distributing(Distribution.fromJson(distribute))
                .adapting(adaptations)
                .screening(yes(screening));
    }

    private static boolean yes(String value) {
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("yes or no, not " + value);
        };
    }

    private static ExtraGrants grants(String spec) {
        Map<FieldOfUse, GrantAnswer> answers = new EnumMap<>(FieldOfUse.class);
        for (String pair : spec.split(" ")) {
            String[] parts = pair.split("=");
            answers.put(FieldOfUse.valueOf(parts[0]), GrantAnswer.valueOf(parts[1]));
        }
        return ExtraGrants.of(answers);
    }

    static List<String> codes(String spaced) {
        return spaced == null || spaced.isBlank()
                ? List.of()
                : Arrays.asList(spaced.trim().split(" +"));
    }
}
