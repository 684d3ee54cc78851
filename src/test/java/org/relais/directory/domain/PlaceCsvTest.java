package org.relais.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relais.platform.error.FieldError;
import org.relais.platform.error.RuleViolation;

class PlaceCsvTest {

    private static final List<String> COLUMNS =
            List.of("id", "nom", "commune", "presentation_detail", "horaires");

    @Test
    void whatIsWrittenIsReadBackUnchanged() throws IOException {
        List<Map<String, String>> rows =
                List.of(
                        row(
                                "lieu-1",
                                "Le « Cyber » de l'Aulne, \"chez Zoé\"",
                                "Saint-Étienne",
                                "Première ligne,\nseconde ligne\r\net une troisième",
                                "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00"),
                        row("lieu-2", "Médiathèque Émile-Zola", "Œuilly", "", " espaces "));

        String csv = write(COLUMNS, rows);
        CsvTable table = PlaceCsv.read(new StringReader(csv));

        assertEquals(COLUMNS, table.header());
        assertEquals(rows, table.rows().stream().map(CsvRow::values).toList());
        assertEquals(List.of(2L, 5L), table.rows().stream().map(CsvRow::line).toList());
    }

    @Test
    void writesTheRfc4180Form() throws IOException {
        String csv =
                write(
                        List.of("id", "nom", "commune"),
                        List.of(Map.of("id", "a", "nom", "Le \"Cyber\", café"), Map.of("id", "b")));

        assertEquals("id,nom,commune\r\na,\"Le \"\"Cyber\"\", café\",\r\nb,,\r\n", csv);
    }

    @Test
    void readsAHeaderAfterAByteOrderMark() {
        CsvTable table = PlaceCsv.read(new StringReader("\uFEFFid,nom\r\nlieu-1,Anonymal\r\n"));

        assertEquals(List.of("id", "nom"), table.header());
        assertEquals("lieu-1", table.rows().get(0).values().get("id"));
    }

    @Test
    void skipsBlankLinesAndEmptyRowsButKeepsTrueLineNumbers() {
        String csv = "id,nom\n\nlieu-1,\"Sur\ndeux lignes\"\n,\nlieu-2,Anonymal\n\n";

        CsvTable table = PlaceCsv.read(new StringReader(csv));

        assertEquals(List.of(3L, 6L), table.rows().stream().map(CsvRow::line).toList());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("unclosed quote", "id,nom\r\na,b\r\nc,\"jamais fermé\r\nd,e\r\n", 3L),
                Arguments.of("text after a closing quote", "id,nom\na,\"b\"c\n", 2L),
                Arguments.of("too many cells", "id,nom\na,b,c\n", 2L),
                Arguments.of("too few cells", "id,nom\na,b\nc\n", 3L),
                Arguments.of("after a cell on two lines", "id,nom\na,\"b\nb\"\nc\n", 4L));
    }

    @ParameterizedTest(name = "{0} is reported at line {2}")
    @MethodSource("malformed")
    void reportsMalformedCsvWithItsLine(String label, String csv, long line) {
        RuleViolation violation =
                assertThrows(RuleViolation.class, () -> PlaceCsv.read(new StringReader(csv)));

        FieldError error = violation.errors().get(0);
        assertEquals("place.csv.malformed", error.messageKey());
        assertEquals(List.of(line), List.of(error.arguments()));
    }

    static Stream<Arguments> unreadableHeaders() {
        return Stream.of(
                Arguments.of("", "place.csv.header-missing"),
                Arguments.of("\r\n\r\n", "place.csv.header-missing"),
                Arguments.of("id,nom,id\r\n", "place.csv.duplicate-column"));
    }

    @ParameterizedTest(name = "\"{0}\" is refused with {1}")
    @MethodSource("unreadableHeaders")
    void refusesFilesWithoutAUsableHeader(String csv, String key) {
        RuleViolation violation =
                assertThrows(RuleViolation.class, () -> PlaceCsv.read(new StringReader(csv)));

        assertEquals(key, violation.errors().get(0).messageKey());
    }

    @Test
    void reportsUnknownAndMissingRequiredColumns() {
        CsvTable table =
                PlaceCsv.read(new StringReader("id,nom,couleur,services\r\na,b,bleu,\r\n"));

        assertEquals(List.of("couleur"), table.unknownColumns());
        assertEquals(
                List.of("pivot", "commune", "code_postal", "adresse", "date_maj"),
                table.missingRequiredColumns());
        assertEquals("bleu", table.rows().get(0).values().get("couleur"));
    }

    private static Map<String, String> row(String... values) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(COLUMNS.get(i), values[i]);
        }
        return row;
    }

    private static String write(List<String> columns, List<Map<String, String>> rows)
            throws IOException {
        StringWriter out = new StringWriter();
        PlaceCsv.write(out, columns, rows);
        return out.toString();
    }
}
