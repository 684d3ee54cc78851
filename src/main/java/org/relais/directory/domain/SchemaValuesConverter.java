package org.relais.directory.domain;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stores a place's schema values as one JSON object in a text column, in column order. */
@Converter
public class SchemaValuesConverter implements AttributeConverter<Map<String, String>, String> {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public String convertToDatabaseColumn(Map<String, String> values) {
        return JSON.toJson(values == null ? Map.of() : values);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, String> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return new LinkedHashMap<>();
        }
        return new LinkedHashMap<String, String>(JSON.fromJson(json, LinkedHashMap.class));
    }
}
