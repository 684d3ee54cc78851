package org.relais.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An independent reading of the national schema's constraints, straight from its schema.json, to
 * check what Relais exports: the test does not trust the application's own validator.
 */
public final class SchemaCheck {
    private static final Path SHARED =
            Path.of("..", "shared", "standards", "lieux-mediation-numerique", "schema.json");

    private final JsonObject schema;

    private SchemaCheck(JsonObject schema) {
        this.schema = schema;
    }

    /** The shared standard when it sits beside the repository, else the copy in test resources. */
    public static SchemaCheck load() {
        try (InputStream in =
                        Files.exists(SHARED)
                                ? Files.newInputStream(SHARED)
                                : SchemaCheck.class.getResourceAsStream(
                                        "/standards/lieux-schema.json");
                JsonReader reader = Json.createReader(in)) {
            return new SchemaCheck(reader.readObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> columns() {
        List<String> columns = new ArrayList<>();
        schema.getJsonArray("fields").forEach(f -> columns.add(f.asJsonObject().getString("name")));
        return columns;
    }

    /** The violations of one row, as "column: what"; empty when the row is valid. */
    public List<String> violations(Map<String, String> row) {
        List<String> problems = new ArrayList<>();
        for (JsonValue value : schema.getJsonArray("fields")) {
            JsonObject field = value.asJsonObject();
            String name = field.getString("name");
            String cell = row.getOrDefault(name, "");
            JsonObject constraints = field.getJsonObject("constraints");
            boolean required = constraints != null && constraints.getBoolean("required", false);
            if (cell.isEmpty()) {
                if (required) {
                    problems.add(name + ": required");
                }
                continue;
            }
            if (constraints != null
                    && constraints.containsKey("pattern")
                    && !Pattern.compile(constraints.getString("pattern")).matcher(cell).matches()) {
                problems.add(name + ": pattern");
            }
            if (constraints != null
                    && constraints.containsKey("maxLength")
                    && cell.length() > constraints.getInt("maxLength")) {
                problems.add(name + ": maxLength");
            }
            String type = field.getString("type", "string");
            try {
                if (type.equals("number")) {
                    Double.parseDouble(cell);
                } else if (type.equals("date")) {
                    LocalDate.parse(cell);
                }
            } catch (RuntimeException e) {
                problems.add(name + ": " + type);
            }
        }
        return problems;
    }
}
