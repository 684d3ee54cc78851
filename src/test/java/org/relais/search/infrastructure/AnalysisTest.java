package org.relais.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** French analysis as mediators type: with or without accents, singular or plural, elided. */
class AnalysisTest {
    private final Analyzer french = new FoldingFrenchAnalyzer();

    @ParameterizedTest(name = "{0} ≡ {1}")
    @CsvSource({
        "réseau, reseau",
        "Réseaux, reseau",
        "l'atelier, atelier",
        "d’imprimantes, imprimante",
        "démarches, DEMARCHE",
        "numérique, numeriques",
        "Médiathèque, mediatheques"
    })
    void variantsEndAsTheSameTerm(String typed, String other) throws IOException {
        assertEquals(terms(french, typed), terms(french, other));
    }

    @Test
    void stopWordsAreDropped() throws IOException {
        assertEquals(terms(french, "atelier senior"), terms(french, "un atelier pour les seniors"));
    }

    @Test
    void theWordsFieldKeepsWholeWordsWithoutAccents() throws IOException {
        assertEquals(
                List.of("imprimante", "a", "reseau"),
                terms(new FoldedWordsAnalyzer(), "Imprimante à réseau"));
    }

    @Test
    void recencyFavoursFreshContentGently() {
        assertEquals(1.3, RecencyBoost.factor(0), 1e-9);
        assertEquals(1.15, RecencyBoost.factor((long) RecencyBoost.HALF_LIFE_MILLIS), 1e-9);
        assertTrue(RecencyBoost.factor(10L * 365 * 86_400_000) < 1.01);
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
