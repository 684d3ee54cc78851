package org.relais.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relais.platform.error.FieldError;
import org.relais.platform.i18n.MessageText;
import org.relais.platform.i18n.Messages;

class PlaceSchemaTest {

    /** The example published with the standard; the copy shipped with the app when absent. */
    private static final Path SHARED_EXAMPLE =
            Path.of("/work/shared/standards/lieux-mediation-numerique/exemple-valide.csv");

    private static final String REQUIRED = "place.field.required";
    private static final String PATTERN = "place.field.pattern";
    private static final String MAX_LENGTH = "place.field.max-length";
    private static final String NUMBER = "place.field.number";
    private static final String RANGE = "place.field.range";
    private static final String DATE = "place.field.date";
    private static final String EMAIL = "place.field.email";
    private static final String URL = "place.field.url";

    private static final String SERVICE_1 = "Aide aux démarches administratives";
    private static final String SERVICE_2 = "Loisirs et créations numériques";

    private final PlaceSchema schema = PlaceSchema.v1_0_2();

    static CsvTable example() throws IOException {
        try (Reader reader =
                Files.exists(SHARED_EXAMPLE)
                        ? Files.newBufferedReader(SHARED_EXAMPLE, StandardCharsets.UTF_8)
                        : new InputStreamReader(
                                PlaceSchemaTest.class.getResourceAsStream(
                                        "/directory/exemple-valide.csv"),
                                StandardCharsets.UTF_8)) {
            return PlaceCsv.read(reader);
        }
    }

    static Map<String, String> validRow() throws IOException {
        return example().rows().get(0).values();
    }

    @Test
    void theStandardsExampleIsValid() throws IOException {
        CsvTable example = example();

        assertEquals(schema.columns(), example.header());
        assertEquals(List.of(), example.unknownColumns());
        assertEquals(List.of(), example.missingRequiredColumns());
        assertEquals(1, example.rows().size());
        assertEquals(List.of(), describe(schema.validate(example.rows().get(0).values())));
    }

    @Test
    void columnsFollowTheSchemasOrder() {
        List<String> columns = schema.columns();

        assertEquals(32, columns.size());
        assertEquals(List.of("id", "pivot", "nom"), columns.subList(0, 3));
        assertEquals("prise_rdv", columns.get(31));
    }

    static Stream<Arguments> cells() {
        return Stream.of(
                // required
                refused("missing nom", "nom", "", REQUIRED),
                refused("blank nom", "nom", "   ", REQUIRED),
                refused("missing date_maj", "date_maj", "", REQUIRED),
                accepted("optional column left empty", "code_insee", ""),
                // pattern
                refused("code_postal of 4 digits", "code_postal", "7500", PATTERN),
                refused("code_postal with a space", "code_postal", "75 011", PATTERN),
                accepted("code_postal of 5 digits", "code_postal", "75011"),
                accepted("code_postal with surrounding spaces", "code_postal", " 75011 "),
                refused("code_insee of 4 digits", "code_insee", "7505", PATTERN),
                refused(
                        "code_insee of an unknown Corsican department",
                        "code_insee",
                        "2C004",
                        PATTERN),
                accepted("code_insee of Paris", "code_insee", "75056"),
                accepted("code_insee of Ajaccio", "code_insee", "2A004"),
                refused("pivot too short", "pivot", "12345678", PATTERN),
                accepted("pivot as an RNA number", "pivot", "W512345678"),
                refused("national telephone", "telephone", "0612345678", PATTERN),
                refused("telephone with spaces", "telephone", "+33 6 12 34 56 78", PATTERN),
                accepted("international telephone", "telephone", "+33612345678"),
                accepted("telephone in Guadeloupe", "telephone", "+590690123456"),
                refused("unknown service", "services", "Jardinage", PATTERN),
                refused("service with a trailing separator", "services", SERVICE_1 + "|", PATTERN),
                refused("service in lower case", "services", SERVICE_1.toLowerCase(), PATTERN),
                accepted("one service", "services", SERVICE_1),
                accepted("two services", "services", SERVICE_1 + "|" + SERVICE_2),
                accepted("value prefixed by another", "frais_a_charge", "Gratuit sous condition"),
                refused("unknown itinerance", "itinerance", "Mobile", PATTERN),
                accepted("both itinerances", "itinerance", "Itinérant|Fixe"),
                // maxLength, in characters
                accepted("summary of 280 characters", "presentation_resume", "é".repeat(280)),
                refused(
                        "summary of 281 characters",
                        "presentation_resume",
                        "é".repeat(281),
                        MAX_LENGTH),
                // number, and the coordinates' ranges
                refused("latitude in letters", "latitude", "abc", NUMBER),
                refused("latitude with a decimal comma", "latitude", "48,85", NUMBER),
                refused("latitude of 95", "latitude", "95", RANGE),
                accepted("latitude of the South Pole", "latitude", "-90"),
                accepted("latitude of Paris", "latitude", "48.8566"),
                refused("longitude past 180", "longitude", "180.5", RANGE),
                accepted("longitude of -180", "longitude", "-180.0"),
                // date
                refused("30 February", "date_maj", "2024-02-30", DATE),
                refused("French date", "date_maj", "02/04/2024", DATE),
                refused("date and time", "date_maj", "2024-04-02T10:00", DATE),
                accepted("29 February of a leap year", "date_maj", "2024-02-29"),
                // formats stated in the descriptions
                refused("e-mail without a domain", "courriels", "contact@exemple", EMAIL),
                refused(
                        "second e-mail invalid",
                        "courriels",
                        "a@exemple.fr|pas une adresse",
                        EMAIL),
                accepted("two e-mails", "courriels", "a@exemple.fr| accueil@exemple.fr"),
                refused("site without a scheme", "site_web", "www.exemple.fr", URL),
                refused("site over FTP", "site_web", "ftp://exemple.fr", URL),
                refused("site with a space", "site_web", "https://mon site.fr", URL),
                accepted("two sites", "site_web", "https://exemple.fr|https://m.facebook.com/x/"),
                refused("acceslibre record that is not a URL", "fiche_acces_libre", "oui", URL),
                accepted("booking site", "prise_rdv", "https://www.rdv-solidarites.fr/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void checksEachCell(String label, String column, String value, String expectedKey)
            throws IOException {
        Map<String, String> row = new HashMap<>(validRow());
        row.put(column, value);

        List<String> expected =
                expectedKey == null ? List.of() : List.of(column + " " + expectedKey);
        assertEquals(expected, describe(schema.validate(row)));
    }

    @Test
    void anAbsentColumnCountsAsEmpty() throws IOException {
        Map<String, String> row = new HashMap<>(validRow());
        row.remove("commune");
        row.remove("latitude");

        assertEquals(List.of("commune " + REQUIRED), describe(schema.validate(row)));
    }

    @Test
    void messagesNameTheColumnByItsFrenchTitleAndGiveAHint() throws IOException {
        Map<String, String> row = new HashMap<>(validRow());
        row.put("code_postal", "7500");
        row.put("telephone", "0612345678");
        row.put("services", "Jardinage");
        row.put("latitude", "95");
        row.put("presentation_resume", "x".repeat(281));

        Map<String, FieldError> errors = byField(schema.validate(row));

        assertEquals("Code postal", errors.get("code_postal").arguments()[0]);
        assertTrue(hint(errors.get("code_postal")).contains("5 chiffres"));
        assertTrue(hint(errors.get("telephone")).contains("+33XXXXXXXXX"));
        String servicesHint = hint(errors.get("services"));
        assertTrue(servicesHint.startsWith("Valeurs possibles"), servicesHint);
        assertTrue(servicesHint.contains(SERVICE_1 + " ; "), servicesHint);
        assertEquals(List.of("Latitude", -90, 90), List.of(errors.get("latitude").arguments()));
        assertEquals("Expected: 5 digits.", hint(errors.get("code_postal"), Locale.ENGLISH));
        FieldError postcode = errors.get("code_postal");
        assertEquals(
                "The field “Code postal” does not have the expected format. Expected: 5 digits.",
                new Messages().get(Locale.ENGLISH, postcode.messageKey(), postcode.arguments()));
        assertEquals(
                List.of("Présentation résumé", 280, 281),
                List.of(errors.get("presentation_resume").arguments()));
    }

    static Stream<Arguments> vocabularies() {
        return Stream.of(
                Arguments.of("services", 9),
                Arguments.of("publics_specifiquement_adresses", 5),
                Arguments.of("prise_en_charge_specifique", 7),
                Arguments.of("frais_a_charge", 3),
                Arguments.of("dispositif_programmes_nationaux", 11),
                Arguments.of("formations_labels", 10),
                Arguments.of("modalites_acces", 6),
                Arguments.of("modalites_accompagnement", 4),
                Arguments.of("itinerance", 2),
                Arguments.of("typologie", 0),
                Arguments.of("nom", 0));
    }

    @ParameterizedTest(name = "{0} has {1} allowed values")
    @MethodSource("vocabularies")
    void listColumnsOfferTheSchemasVocabulary(String column, int size) throws IOException {
        List<String> allowed = PlaceSchema.allowedValues(column);

        assertEquals(size, allowed.size(), allowed::toString);
        // Each value read from the pattern is one the pattern accepts, alone and all together.
        Map<String, String> row = new HashMap<>(validRow());
        for (String value : allowed) {
            row.put(column, value);
            assertEquals(List.of(), describe(schema.validate(row)), value);
        }
        if (!allowed.isEmpty()) {
            row.put(column, PlaceSchema.joinList(allowed));
            assertEquals(List.of(), describe(schema.validate(row)));
        }
    }

    @Test
    void servicesAreTheNineOfTheStandard() {
        assertEquals(
                List.of(
                        SERVICE_1,
                        "Maîtrise des outils numériques du quotidien",
                        "Insertion professionnelle via le numérique",
                        "Utilisation sécurisée du numérique",
                        "Parentalité et éducation avec le numérique",
                        SERVICE_2,
                        "Compréhension du monde numérique",
                        "Accès internet et matériel informatique",
                        "Acquisition de matériel informatique à prix solidaire"),
                PlaceSchema.allowedValues("services"));
    }

    @Test
    void allowedValuesAreUnescaped() {
        assertTrue(
                PlaceSchema.allowedValues("prise_en_charge_specifique")
                        .contains("Langues étrangères (anglais)"));
        assertTrue(
                PlaceSchema.allowedValues("modalites_acces")
                        .contains("Ce lieu n'accueille pas de public"));
    }

    @Test
    void allowedValuesOfAnUnknownColumnIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> PlaceSchema.allowedValues("couleur"));
    }

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("Jeunes|Femmes", List.of("Jeunes", "Femmes")),
                Arguments.of(" Jeunes | Femmes ", List.of("Jeunes", "Femmes")),
                Arguments.of("Jeunes||Femmes|", List.of("Jeunes", "Femmes")),
                Arguments.of("Seniors", List.of("Seniors")),
                Arguments.of("", List.of()),
                Arguments.of(null, List.of()));
    }

    @ParameterizedTest(name = "\"{0}\" splits into {1}")
    @MethodSource("lists")
    void splitsListCells(String cell, List<String> values) {
        assertEquals(values, PlaceSchema.splitList(cell));
    }

    @Test
    void joinsListCells() {
        assertEquals("Jeunes|Femmes", PlaceSchema.joinList(List.of(" Jeunes", "", "Femmes ")));
        assertEquals("", PlaceSchema.joinList(List.of()));
    }

    private static Arguments refused(String label, String column, String value, String key) {
        return Arguments.of(label, column, value, key);
    }

    private static Arguments accepted(String label, String column, String value) {
        return Arguments.of(label, column, value, null);
    }

    private static List<String> describe(List<FieldError> errors) {
        return errors.stream().map(error -> error.field() + " " + error.messageKey()).toList();
    }

    private static Map<String, FieldError> byField(List<FieldError> errors) {
        Map<String, FieldError> byField = new HashMap<>();
        errors.forEach(error -> byField.put(error.field(), error));
        return byField;
    }

    /** The hint of a pattern error, as a French reader gets it. */
    private static String hint(FieldError error) {
        return hint(error, Locale.FRENCH);
    }

    private static String hint(FieldError error, Locale locale) {
        MessageText hint = (MessageText) error.arguments()[1];
        return new Messages().get(locale, hint.key(), hint.arguments());
    }
}
