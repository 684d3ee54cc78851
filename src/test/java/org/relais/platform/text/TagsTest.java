package org.relais.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
                List.copyOf(Tags.parseList("Smartphone, seniors, smartphone , ,")));
    }

    @Test
    void longTagsAreCut() {
        assertEquals(Tags.TAG_MAX, Tags.normalize("a".repeat(60)).orElseThrow().length());
    }
}
