package org.relais.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBindingTest {
    public record Boxed(Long minutes, Integer count) {}

    private final Jsonb jsonb = new JsonBinding().getContext(Boxed.class);

    @Test
    void wholeNumbersAreReadAsBefore() {
        assertEquals(
                new Boxed(90L, 3), jsonb.fromJson("{\"minutes\":90,\"count\":3}", Boxed.class));
        assertEquals(
                new Boxed(-5L, 0), jsonb.fromJson("{\"minutes\":-5,\"count\":0}", Boxed.class));
        assertEquals(
                new Boxed(100L, 2), jsonb.fromJson("{\"minutes\":1e2,\"count\":2.0}", Boxed.class));
        assertEquals(
                new Boxed(60L, 2),
                jsonb.fromJson("{\"minutes\":\"60\",\"count\":\"2\"}", Boxed.class));
        Boxed none = jsonb.fromJson("{\"minutes\":null}", Boxed.class);
        assertNull(none.minutes());
        assertNull(none.count());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1.5",
                "1.25e1",
                "\"1.5\"",
                "\"une heure\"",
                "true",
                "99999999999999999999",
                "[60]",
                "{\"value\":60}"
            })
    void anythingButAWholeNumberInRangeIsRefused(String value) {
        assertThrows(
                JsonbException.class,
                () -> jsonb.fromJson("{\"minutes\":" + value + "}", Boxed.class),
                "Long " + value);
    }

    @Test
    void anIntegerOutOfItsRangeIsRefused() {
        assertThrows(
                JsonbException.class, () -> jsonb.fromJson("{\"count\":3000000000}", Boxed.class));
    }
}
