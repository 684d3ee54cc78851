package org.relais.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relais.platform.error.FieldError;

class CharterRuleTest {

    private static final String UNKNOWN = "charter.criteria.unknown";
    private static final String MANDATORY = "charter.criteria.mandatory";
    private static final String MINIMUM = "charter.criteria.minimum";

    private static final List<String> FIVE_SPECIFIC =
            List.of("ACC-1", "DEV-4", "CUL-10", "SPU-2", "LIB-3");

    private final CharterRule rule = new CharterRule();
    private final CharterCriteria criteria = CharterCriteria.charter();

    static Stream<Arguments> declarations() {
        return Stream.of(
                accepted("both mandatory and exactly five specific", "M1", "M2", FIVE_SPECIFIC),
                accepted(
                        "every criterion",
                        CharterCriteria.charter().all().stream()
                                .map(CharterCriterion::code)
                                .toList()),
                refused(
                        "four specific",
                        List.of(MINIMUM),
                        "M1",
                        "M2",
                        "ACC-1",
                        "ACC-2",
                        "ART-1",
                        "PAR-3"),
                refused("mandatory ones do not count as specific", List.of(MINIMUM), "M1", "M2"),
                refused("no mandatory", List.of(MANDATORY), FIVE_SPECIFIC),
                refused("only the first mandatory", List.of(MANDATORY), "M1", FIVE_SPECIFIC),
                refused("only the second mandatory", List.of(MANDATORY), "M2", FIVE_SPECIFIC),
                refused("an unknown code", List.of(UNKNOWN), "M1", "M2", "XYZ-9", FIVE_SPECIFIC),
                refused(
                        "a code in the wrong case",
                        List.of(UNKNOWN, MINIMUM),
                        "M1",
                        "M2",
                        "acc-1",
                        "DEV-4",
                        "CUL-10",
                        "SPU-2",
                        "LIB-3"),
                refused("nothing", List.of(MANDATORY, MINIMUM)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declarations")
    void acceptsBothMandatoryAndFiveSpecificCriteria(
            String label, Set<String> codes, List<String> expectedKeys) {
        List<FieldError> errors = rule.check(codes);

        assertEquals(expectedKeys, errors.stream().map(FieldError::messageKey).toList());
        errors.forEach(error -> assertEquals("criteria", error.field()));
    }

    @Test
    void namesTheUnknownCodeAndCountsTheSpecificOnes() {
        List<FieldError> errors = rule.check(Set.of("M1", "M2", "ACC-1", "ACC-2", "ZZZ"));

        assertEquals(List.of("ZZZ"), List.of(errors.get(0).arguments()));
        assertEquals(List.of(5, 2), List.of(errors.get(1).arguments()));
    }

    @Test
    void theCharterHasTwoMandatoryConditionsAndFortySpecificCriteria() {
        assertEquals(
                List.of("M1", "M2"),
                criteria.mandatory().stream().map(CharterCriterion::code).toList());
        assertEquals(42, criteria.all().size());
    }

    @Test
    void criteriaAreGroupedByTheChartersThemes() {
        Map<String, Long> perTheme =
                criteria.all().stream()
                        .collect(
                                Collectors.groupingBy(
                                        CharterCriterion::theme,
                                        LinkedHashMap::new,
                                        Collectors.counting()));

        assertEquals(
                Map.of(
                        "OBL", 2L, "ACC", 8L, "DEV", 11L, "CUL", 10L, "SPU", 2L, "PAR", 3L, "LIB",
                        3L, "ART", 3L),
                perTheme);
        assertEquals(
                List.copyOf(perTheme.keySet()),
                criteria.themes().stream().map(CharterTheme::code).toList());
        for (CharterCriterion criterion : criteria.all()) {
            String expectedPrefix = criterion.mandatory() ? "M" : criterion.theme() + "-";
            assertTrue(criterion.code().startsWith(expectedPrefix), criterion.code());
            assertTrue(criterion.text().endsWith("."), criterion.code());
        }
    }

    @Test
    void everyCodeOfTheFileIsUnique() throws IOException {
        List<String> codes;
        try (InputStream in = getClass().getResourceAsStream("/directory/charter-criteria.json");
                JsonReader reader = Json.createReader(in)) {
            JsonObject json = reader.readObject();
            codes =
                    json.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                            .map(criterion -> criterion.getString("code"))
                            .toList();
        }

        assertEquals(42, codes.size());
        assertEquals(codes.size(), new HashSet<>(codes).size());
    }

    @Test
    void findsACriterionByItsCode() {
        CharterCriterion criterion = criteria.find("SPU-1").orElseThrow();

        assertEquals("SPU", criterion.theme());
        assertEquals("Article 7, critère 30", criterion.source());
        assertTrue(criteria.find("SPU-3").isEmpty());
    }

    private static Arguments accepted(String label, Object... codes) {
        return Arguments.of(label, codes(codes), List.of());
    }

    private static Arguments refused(String label, List<String> keys, Object... codes) {
        return Arguments.of(label, codes(codes), keys);
    }

    /** Flattens codes given one by one or as lists. */
    private static Set<String> codes(Object... codes) {
        Set<String> set = new HashSet<>();
        for (Object code : codes) {
            if (code instanceof List<?> list) {
                list.forEach(c -> set.add((String) c));
            } else {
                set.add((String) code);
            }
        }
        return set;
    }
}
