package org.relais.agenda.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.relais.platform.error.RuleViolation;

class EventImageTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-20T10:00:00+01:00");
    private static final String SHA = "0123456789abcdef".repeat(4);

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void anImageWithoutAlternativeTextIsRefusedOnItsField(String alt) {
        RuleViolation refused =
                assertThrows(RuleViolation.class, () -> new EventImage(SHA, "image/png", alt));
        assertEquals("imageAlt", refused.errors().get(0).field());
        assertEquals("agenda.image.alt-missing", refused.errors().get(0).messageKey());
    }

    @Test
    void theAlternativeTextIsTrimmedAndBounded() {
        assertEquals(
                "Affiche de l’atelier",
                new EventImage(SHA, "image/png", "  Affiche de l’atelier \n").alt());
        assertEquals(
                EventImage.ALT_MAX,
                EventImage.alternativeText("a".repeat(EventImage.ALT_MAX)).length());
        RuleViolation refused =
                assertThrows(
                        RuleViolation.class,
                        () -> EventImage.alternativeText("a".repeat(EventImage.ALT_MAX + 1)));
        assertEquals("agenda.image.alt-too-long", refused.errors().get(0).messageKey());
    }

    @Test
    void onlyImagesABrowserShowsWithoutScriptAreAccepted() {
        assertEquals(Set.of("image/png", "image/jpeg", "image/webp"), EventImage.TYPES);
    }

    @Test
    void eachChangeOfTheImageRaisesTheSequenceAndTheSameImageDoesNot() {
        Event event =
                new Event(
                        "image@relais",
                        7,
                        EventTest.weekly("2026-12-01T14:00", "2026-12-01T17:00", null),
                        Publication.PUBLISHED,
                        NOW);
        int before = event.sequence();
        EventImage image = new EventImage(SHA, "image/jpeg", "Affiche");
        event.illustrate(image, NOW);
        assertEquals(image, event.image().orElseThrow());
        assertEquals(before + 1, event.sequence());
        event.illustrate(new EventImage(SHA, "image/jpeg", "Affiche"), NOW);
        assertEquals(before + 1, event.sequence());
        event.illustrate(image.describedAs("Affiche du café bidouille"), NOW);
        assertEquals("Affiche du café bidouille", event.image().orElseThrow().alt());
        assertEquals(before + 2, event.sequence());
        event.illustrate(null, NOW);
        assertTrue(event.image().isEmpty());
        assertEquals(before + 3, event.sequence());
    }
}
