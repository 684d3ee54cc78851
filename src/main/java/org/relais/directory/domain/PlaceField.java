package org.relais.directory.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One column of the national schema, with the constraints its JSON declares. Only the types the
 * schema uses are understood; a future version bringing another type fails at loading rather than
 * letting values through unchecked.
 *
 * @param pattern the schema's regular expression, matched against the whole value, or {@code null}
 * @param maxLength the longest value in characters (code points), or {@code null}
 * @param enumValues the values of an {@code enum} constraint; empty when there is none
 */
public record PlaceField(
        String name,
        String title,
        String example,
        PlaceField.Type type,
        boolean required,
        Pattern pattern,
        Integer maxLength,
        List<String> enumValues) {

    /** The Frictionless types of the schema. */
    public enum Type {
        STRING,
        NUMBER,
        DATE
    }

    /**
     * How the schema writes a list drawn from a vocabulary: {@code (?:(?:^|\|)(A|B|C))+$}, one or
     * more allowed values separated by {@code |}. Group 1 is the alternation of allowed values.
     */
    private static final Pattern VOCABULARY_LIST =
            Pattern.compile("^\\(\\?:\\(\\?:\\^\\|\\\\\\|\\)\\((.*)\\)\\)\\+\\$$");

    public PlaceField {
        Objects.requireNonNull(name);
        Objects.requireNonNull(title);
        Objects.requireNonNull(type);
        enumValues = List.copyOf(enumValues);
    }

    static PlaceField from(JsonObject json) {
        String name = json.getString("name");
        JsonObject constraints =
                json.containsKey("constraints")
                        ? json.getJsonObject("constraints")
                        : JsonValue.EMPTY_JSON_OBJECT;
        return new PlaceField(
                name,
                json.getString("title", name),
                json.getString("example", ""),
                typeOf(json),
                constraints.getBoolean("required", false),
                constraints.containsKey("pattern")
                        ? Pattern.compile(constraints.getString("pattern"))
                        : null,
                constraints.containsKey("maxLength") ? constraints.getInt("maxLength") : null,
                constraints.containsKey("enum")
                        ? constraints.getJsonArray("enum").getValuesAs(JsonString::getString)
                        : List.of());
    }

    private static Type typeOf(JsonObject json) {
        String type = json.getString("type", "string");
        String format = json.getString("format", "default");
        return switch (type) {
            case "string" -> Type.STRING;
            case "number" -> Type.NUMBER;
            // Only the ISO form YYYY-MM-DD ("default") is used by the schema.
            case "date" -> {
                if (!format.equals("default")) {
                    throw new IllegalStateException("Unsupported date format: " + format);
                }
                yield Type.DATE;
            }
            default ->
                    throw new IllegalStateException(
                            "Unsupported type " + type + " of column " + json.getString("name"));
        };
    }

    /**
     * The vocabulary of a list column, read from the alternation in its pattern, in the schema's
     * order; empty when the column is not a list drawn from a vocabulary.
     */
    public List<String> allowedValues() {
        return vocabularyAlternation().map(PlaceField::splitAlternation).orElse(List.of());
    }

    private Optional<String> vocabularyAlternation() {
        if (pattern == null) {
            return Optional.empty();
        }
        Matcher matcher = VOCABULARY_LIST.matcher(pattern.pattern());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Splits {@code A|B \(x\)} at its top-level bars and unescapes each value. */
    private static List<String> splitAlternation(String alternation) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < alternation.length(); i++) {
            char c = alternation.charAt(i);
            if (c == '\\' && i + 1 < alternation.length()) {
                value.append(alternation.charAt(++i));
            } else if (c == '|' && depth == 0) {
                values.add(value.toString());
                value.setLength(0);
            } else {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                value.append(c);
            }
        }
        values.add(value.toString());
        return List.copyOf(values);
    }
}
