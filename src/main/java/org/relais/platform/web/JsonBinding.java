package org.relais.platform.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * The API's JSON binding: Yasson's defaults, except for whole numbers. Left alone, Yasson reads
 * {@code 1.5} into a {@code Long} as 1 and a number too large for the type as another one, so a
 * payment of 1.5 minutes would pay 1. A {@code Long} or {@code Integer} field (the API's request
 * bodies use boxed types, so that a missing value is told from a zero) takes a whole number in
 * range, or one written in a string as before; anything else is refused as a malformed body (400)
 * and nothing is changed.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {
    private static final Jsonb JSONB =
            JsonbBuilder.create(
                    new JsonbConfig().withDeserializers(new WholeLong(), new WholeInteger()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The JSON binding the API reads and writes with. */
    public static Jsonb jsonb() {
        return JSONB;
    }

    /** The whole number the parser is at, in the field's type; null for a JSON null. */
    private static <T> T whole(JsonParser parser, Function<BigDecimal, T> exactConversion) {
        JsonValue value = parser.getValue();
        BigDecimal number;
        try {
            number =
                    switch (value.getValueType()) {
                        case NULL -> null;
                        case NUMBER -> ((JsonNumber) value).bigDecimalValue();
                        case STRING -> new BigDecimal(((JsonString) value).getString().strip());
                        default -> throw new NumberFormatException();
                    };
        } catch (NumberFormatException e) {
            throw new JsonbException("a whole number is expected", e);
        }
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0) {
            throw new JsonbException("a whole number is expected");
        }
        try {
            return exactConversion.apply(number);
        } catch (ArithmeticException e) {
            throw new JsonbException("a whole number in range is expected", e);
        }
    }

    static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, BigDecimal::longValueExact);
        }
    }

    static final class WholeInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, BigDecimal::intValueExact);
        }
    }
}
