package org.relais.library.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class RemixCheckTest {
    private static final LicenceCatalogue CATALOGUE = LicenceCatalogue.standard();
    private final RemixCheck remix = new RemixCheck(CATALOGUE);

    @ParameterizedTest(name = "{0} → compatible={1} {2} {3}")
    @CsvFileSource(resources = "/library/remix-table.csv", numLinesToSkip = 1)
    void remix_table(String sources, String compatible, String possible, String reasons) {
        List<Licence> licences = Arrays.stream(sources.split(" ")).map(CATALOGUE::get).toList();

        RemixCheck.Result result = remix.check(licences);

        assertEquals("yes".equals(compatible), result.compatible());
        assertEquals(UsageEvaluatorTableTest.codes(possible), result.possibleIds());
        assertEquals(UsageEvaluatorTableTest.codes(reasons), result.reasonCodes());
    }

    @Test
    void a_conflict_names_both_licences() {
        RemixCheck.Result result =
                remix.check(
                        List.of(CATALOGUE.get(Licence.CC_BY_SA), CATALOGUE.get(Licence.CC_BY_NC)));

        assertEquals(List.of("CC BY-NC 4.0", "CC BY-SA 4.0"), result.reasons().get(0).args());
    }

    @Test
    void every_catalogue_licence_has_a_rule_and_a_remix_needs_a_source() {
        CATALOGUE.all().forEach(licence -> assertTrue(remix.allowedFor(licence) != null));
        assertThrows(IllegalArgumentException.class, () -> remix.check(List.of()));
    }
}
