package org.relais.directory.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conditions of the national charter of digital mediation (articles 5 to 7): two generic
 * conditions every member meets, and forty specific criteria grouped by theme among which it
 * chooses. They are data ({@code directory/charter-criteria.json}) rather than code, so that
 * rewording a criterion, as the charter's governance committee may do, touches no Java.
 */
public final class CharterCriteria {

    private static final String RESOURCE = "/directory/charter-criteria.json";

    private final List<CharterTheme> themes;
    private final Map<String, CharterCriterion> byCode;

    private CharterCriteria(List<CharterTheme> themes, List<CharterCriterion> criteria) {
        this.themes = List.copyOf(themes);
        Map<String, CharterCriterion> byCode = new LinkedHashMap<>();
        for (CharterCriterion criterion : criteria) {
            if (byCode.put(criterion.code(), criterion) != null) {
                throw new IllegalStateException("Duplicate criterion code " + criterion.code());
            }
        }
        this.byCode = byCode;
    }

    /** The criteria of the charter, loaded once. */
    public static CharterCriteria charter() {
        return Loaded.CHARTER;
    }

    private static final class Loaded {
        static final CharterCriteria CHARTER = load();
    }

    private static CharterCriteria load() {
        try (InputStream in = CharterCriteria.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            try (JsonReader reader = Json.createReader(in)) {
                JsonObject json = reader.readObject();
                return new CharterCriteria(
                        json.getJsonArray("themes").getValuesAs(JsonObject.class).stream()
                                .map(
                                        t ->
                                                new CharterTheme(
                                                        t.getString("code"), t.getString("label")))
                                .toList(),
                        json.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                                .map(CharterCriteria::criterion)
                                .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharterCriterion criterion(JsonObject json) {
        return new CharterCriterion(
                json.getString("code"),
                json.getString("theme"),
                json.getBoolean("mandatory"),
                json.getString("source"),
                json.getString("text"));
    }

    /** Every criterion, the mandatory conditions first, then by theme in the charter's order. */
    public List<CharterCriterion> all() {
        return List.copyOf(byCode.values());
    }

    /** The themes in the charter's order, the mandatory conditions' group first. */
    public List<CharterTheme> themes() {
        return themes;
    }

    public Optional<CharterCriterion> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The generic conditions every member of the network meets. */
    public List<CharterCriterion> mandatory() {
        return byCode.values().stream().filter(CharterCriterion::mandatory).toList();
    }
}
