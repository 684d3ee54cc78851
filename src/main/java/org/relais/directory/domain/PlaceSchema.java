package org.relais.directory.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.relais.platform.error.FieldError;
import org.relais.platform.i18n.MessageText;

/**
 * The national schema of places of digital mediation (La MedNum and ANCT, v1.0.2), read from the
 * JSON that ships with the application rather than restated in code: a row accepted here is a row
 * the national validator accepts, and the vocabularies our forms offer are the standard's own.
 *
 * <p>A few checks go further than the schema's constraints, because its descriptions state them and
 * a directory with unreachable contacts helps nobody: {@code courriels} holds e-mail addresses,
 * {@code site_web}, {@code fiche_acces_libre} and {@code prise_rdv} hold web addresses, and
 * coordinates lie on the globe. The schema's {@code unique} constraint on {@code id} spans rows, so
 * it belongs to whoever stores or imports several places, not to a row check.
 */
public final class PlaceSchema {

    /** Separates the values of a list column, e.g. {@code Jeunes|Femmes}. */
    public static final String LIST_SEPARATOR = "|";

    private static final Pattern LIST_SPLITTER = Pattern.compile(Pattern.quote(LIST_SEPARATOR));

    private static final String V1_0_2 = "/directory/schema-lieux-1.0.2.json";

    /**
     * Columns whose pattern has a hint of its own ({@code place.hint.<column>}): their regular
     * expression means nothing to the person filling the form.
     */
    private static final Set<String> PATTERN_HINTS =
            Set.of("pivot", "code_postal", "code_insee", "telephone");

    /**
     * Ranges of the coordinates in WGS84. They go beyond the schema, which only asks for a number,
     * but a latitude of 95 cannot be placed on the map.
     */
    private static final Map<String, Range> RANGES =
            Map.of("latitude", new Range(-90, 90), "longitude", new Range(-180, 180));

    /** Formats the schema states in its descriptions without encoding them as constraints. */
    private static final Map<String, DescribedFormat> DESCRIBED_FORMATS =
            Map.of(
                    "courriels",
                            new DescribedFormat("place.field.email", true, PlaceSchema::isEmail),
                    "site_web", new DescribedFormat("place.field.url", true, PlaceSchema::isWebUrl),
                    "fiche_acces_libre",
                            new DescribedFormat("place.field.url", false, PlaceSchema::isWebUrl),
                    "prise_rdv",
                            new DescribedFormat("place.field.url", false, PlaceSchema::isWebUrl));

    /** Plausible rather than RFC 5322: something, an at sign, a domain with a dot, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final Map<String, PlaceField> fields;

    private PlaceSchema(List<PlaceField> fields) {
        Map<String, PlaceField> byName = new LinkedHashMap<>();
        fields.forEach(field -> byName.put(field.name(), field));
        this.fields = Collections.unmodifiableMap(byName);
    }

    /** The version of the schema the directory imports and exports, loaded once. */
    public static PlaceSchema v1_0_2() {
        return Loaded.V1_0_2;
    }

    private static final class Loaded {
        static final PlaceSchema V1_0_2 = load(PlaceSchema.V1_0_2);
    }

    static PlaceSchema load(String resource) {
        try (InputStream in = PlaceSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema resource " + resource);
            }
            try (JsonReader reader = Json.createReader(in)) {
                JsonObject schema = reader.readObject();
                return new PlaceSchema(
                        schema.getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                                .map(PlaceField::from)
                                .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column names, in the schema's order, which is the order of the CSV export. */
    public List<String> columns() {
        return List.copyOf(fields.keySet());
    }

    public Optional<PlaceField> field(String column) {
        return Optional.ofNullable(fields.get(column));
    }

    /**
     * The vocabulary of a list column of v1.0.2 ({@code services}, {@code frais_a_charge}…), in the
     * schema's order; empty for a column that takes free text.
     *
     * @throws IllegalArgumentException when the schema has no such column
     */
    public static List<String> allowedValues(String column) {
        return v1_0_2().field(column)
                .orElseThrow(() -> new IllegalArgumentException("Unknown column " + column))
                .allowedValues();
    }

    /** The values of a list cell, trimmed, without empty ones; {@code null} gives none. */
    public static List<String> splitList(String cell) {
        if (cell == null) {
            return List.of();
        }
        return LIST_SPLITTER
                .splitAsStream(cell)
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    /** The list cell holding these values, trimmed, without empty ones. */
    public static String joinList(List<String> values) {
        return String.join(
                LIST_SEPARATOR,
                values.stream().map(String::strip).filter(value -> !value.isEmpty()).toList());
    }

    /**
     * Checks a row against every column of the schema, at most one error per column, in the
     * schema's order. Cells are checked without their surrounding spaces; a column that is absent
     * or blank counts as empty; columns unknown to the schema are ignored.
     */
    public List<FieldError> validate(Map<String, String> row) {
        List<FieldError> errors = new ArrayList<>();
        for (PlaceField field : fields.values()) {
            check(field, row.getOrDefault(field.name(), "")).ifPresent(errors::add);
        }
        return List.copyOf(errors);
    }

    private static Optional<FieldError> check(PlaceField field, String raw) {
        // Stripped, as the directory stores it: a stray space from a spreadsheet is no error.
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return field.required() ? error(field, "place.field.required") : Optional.empty();
        }
        int length = value.codePointCount(0, value.length());
        if (field.maxLength() != null && length > field.maxLength()) {
            return error(field, "place.field.max-length", field.maxLength(), length);
        }
        if (field.pattern() != null && !field.pattern().matcher(value).matches()) {
            return hint(field)
                    .map(hint -> error(field, "place.field.pattern", hint))
                    .orElseGet(() -> error(field, "place.field.pattern.bare"));
        }
        if (!field.enumValues().isEmpty() && !field.enumValues().contains(value)) {
            return error(field, "place.field.enum", String.join(" ; ", field.enumValues()));
        }
        return switch (field.type()) {
            case NUMBER -> checkNumber(field, value);
            case DATE -> checkDate(field, value);
            case STRING -> checkDescribedFormat(field, value);
        };
    }

    private static Optional<FieldError> checkNumber(PlaceField field, String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return error(field, "place.field.number");
        }
        Range range = RANGES.get(field.name());
        if (range != null && !range.contains(number)) {
            return error(field, "place.field.range", range.min(), range.max());
        }
        return Optional.empty();
    }

    private static Optional<FieldError> checkDate(PlaceField field, String value) {
        try {
            // ISO_LOCAL_DATE resolves strictly: 2024-02-30 is refused, not moved to March.
            LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return error(field, "place.field.date");
        }
    }

    private static Optional<FieldError> checkDescribedFormat(PlaceField field, String value) {
        DescribedFormat format = DESCRIBED_FORMATS.get(field.name());
        if (format == null) {
            return Optional.empty();
        }
        List<String> values = format.list() ? splitList(value) : List.of(value);
        return values.stream()
                .filter(format.accepts().negate())
                .findFirst()
                .flatMap(wrong -> error(field, format.messageKey(), wrong));
    }

    /** What the person should write instead, in the reader's language. */
    private static Optional<MessageText> hint(PlaceField field) {
        List<String> allowed = field.allowedValues();
        if (!allowed.isEmpty()) {
            return Optional.of(new MessageText("place.hint.allowed", String.join(" ; ", allowed)));
        }
        if (PATTERN_HINTS.contains(field.name())) {
            return Optional.of(new MessageText("place.hint." + field.name()));
        }
        return field.example().isEmpty()
                ? Optional.empty()
                : Optional.of(new MessageText("place.hint.example", field.example()));
    }

    private static Optional<FieldError> error(PlaceField field, String key, Object... details) {
        Object[] arguments = new Object[details.length + 1];
        arguments[0] = field.title();
        System.arraycopy(details, 0, arguments, 1, details.length);
        return Optional.of(new FieldError(field.name(), key, arguments));
    }

    private static boolean isEmail(String value) {
        return EMAIL.matcher(value).matches();
    }

    private static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return uri.isAbsolute()
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getRawAuthority() != null
                    && !uri.getRawAuthority().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private record Range(int min, int max) {
        boolean contains(BigDecimal number) {
            return number.compareTo(BigDecimal.valueOf(min)) >= 0
                    && number.compareTo(BigDecimal.valueOf(max)) <= 0;
        }
    }

    private record DescribedFormat(String messageKey, boolean list, Predicate<String> accepts) {}
}
