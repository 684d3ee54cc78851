package org.relais.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relais.bench.CorpusGenerator.Doc;
import org.relais.bench.CorpusGenerator.Kind;
import org.relais.platform.text.Tags;

class CorpusGeneratorTest {
    @Test
    void theSameSeedGivesTheSameCorpus() {
        assertEquals(CorpusGenerator.generate(2_000, 42), CorpusGenerator.generate(2_000, 42));
    }

    @Test
    void anotherSeedGivesAnotherCorpus() {
        List<Doc> a = CorpusGenerator.generate(2_000, 42);
        List<Doc> b = CorpusGenerator.generate(2_000, 43);
        assertNotEquals(a, b);
        long sameBodies = 0;
        for (int i = 0; i < a.size(); i++) {
            sameBodies += a.get(i).body().equals(b.get(i).body()) ? 1 : 0;
        }
        assertTrue(sameBodies < a.size() / 10, sameBodies + " identical bodies");
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 10_000, 100_000})
    void theCorpusHasTheAskedSizeAndItsShares(int size) {
        List<Doc> docs = CorpusGenerator.generate(size, 7);
        assertEquals(size, docs.size());
        Map<Kind, Long> counts =
                docs.stream().collect(Collectors.groupingBy(Doc::kind, Collectors.counting()));
        if (size >= 10_000) {
            assertEquals(Math.round(size * 0.12), counts.get(Kind.TOPIC));
            assertEquals(Math.round(size * 0.12), counts.get(Kind.QUESTION));
            assertEquals(Math.round(size * 0.43), counts.get(Kind.POST));
            assertEquals(size * 0.33, counts.get(Kind.ANSWER), 2);
        }
    }

    @Test
    void everyDocumentIsValidForTheApplication() {
        List<Doc> docs = CorpusGenerator.generate(10_000, 1);
        for (Doc doc : docs) {
            assertTrue(doc.body().strip().length() >= 2, doc.toString());
            switch (doc.kind()) {
                case TOPIC -> {
                    assertTrue(between(doc.title().length(), 8, 200), doc.title());
                    assertTrue(doc.tags().size() <= 5);
                    assertTrue(between(doc.category(), 0, 4));
                }
                case QUESTION -> {
                    assertTrue(between(doc.title().length(), 10, 200), doc.title());
                    assertTrue(between(doc.tags().size(), 1, 5));
                }
                case POST -> assertEquals(Kind.TOPIC, docs.get(doc.parent()).kind());
                case ANSWER -> assertEquals(Kind.QUESTION, docs.get(doc.parent()).kind());
            }
            if (doc.parent() >= 0) {
                assertTrue(doc.parent() < doc.position(), "a parent comes before its replies");
            }
        }
    }

    @Test
    void itReadsLikeFrenchDigitalMediationWithAccentsAndSlips() {
        String text =
                CorpusGenerator.generate(5_000, 3).stream()
                        .map(Doc::body)
                        .collect(Collectors.joining(" "));
        for (String expected :
                List.of(
                        "médiathèque",
                        "Pass numérique",
                        "FranceConnect",
                        "imprimante 3D",
                        "ameli",
                        "France Travail",
                        "tablettes",
                        "fracture numérique",
                        "EPN",
                        "logiciels libres")) {
            assertTrue(text.contains(expected), expected);
        }
        assertTrue(text.contains("mediatheque"), "some words typed without accents");
        assertTrue(text.contains("l'EPN"), "elisions");
    }

    @Test
    void tagLabelsAreDistinctSlugs() {
        Map<String, String> slugs =
                CorpusGenerator.tagLabels().stream()
                        .collect(
                                Collectors.toMap(
                                        label -> Tags.normalize(label).orElseThrow(),
                                        Function.identity()));
        assertEquals(CorpusGenerator.tagLabels().size(), slugs.size());
    }

    @Test
    void aTooSmallCorpusIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.generate(3, 1));
    }

    private static boolean between(int value, int min, int max) {
        return value >= min && value <= max;
    }
}
