package org.relais.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Impression 3D|impression-3d",
                "  démarches en ligne |demarches-en-ligne",
                "Lecteur d'écran|lecteur-d-ecran",
                "FabLab!!!|fablab",
                "Œuvres libres|oeuvres-libres",
                "---|",
            })
    void tagsAreShortSlugsWithoutAccents(String raw, String expected) {
        assertEquals(Optional.ofNullable(expected), Tags.normalize(raw));
    }

    @Test
    void aListKeepsOrderAndDropsDuplicates() {
        assertEquals(
                List.of("smartphone", "seniors"),
                List.copyOf(
                        Tags.normalizeAll(Tags.splitList("Smartphone, seniors, smartphone , ,"))));
    }

    @Test
    void typedTagsKeepTheirWordsBySlug() {
        assertEquals(
                List.of("Impression 3D", "lecteur d’écran", "Linux", "impression 3d"),
                Tags.splitList(" Impression 3D, lecteur d’écran,, Linux ,impression 3d, "));
        Map<String, String> labelled =
                Tags.labelled(Tags.splitList("Impression 3D, lecteur d’écran, impression 3d"));
        assertEquals(List.of("impression-3d", "lecteur-d-ecran"), List.copyOf(labelled.keySet()));
        assertEquals("Impression 3D", labelled.get("impression-3d"), "the first words typed win");
        String tooLong = "atelier ".repeat(10).strip();
        assertEquals(
                Tags.normalize(tooLong).orElseThrow(),
                Tags.labelled(List.of(tooLong)).values().iterator().next(),
                "words longer than a label read as the slug");
    }

    @Test
    void storedTagsReadBySlugWithTheirWordsOrElseTheirSlug() {
        Map<String, String> stored = new HashMap<>();
        stored.put("seniors", null);
        stored.put("impression-3d", "impression 3D");
        Map<String, String> read = Tags.labelsBySlug(stored);
        assertEquals(List.of("impression-3d", "seniors"), List.copyOf(read.keySet()));
        assertEquals("impression 3D", read.get("impression-3d"));
        assertEquals("seniors", read.get("seniors"), "a tag saved without words reads as its slug");
    }

    @Test
    void longTagsAreCut() {
        assertEquals(Tags.TAG_MAX, Tags.normalize("a".repeat(60)).orElseThrow().length());
    }
}
