package org.relais.qa.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relais.qa.domain.ExpertRouting.Candidate;

class ExpertRoutingTest {
    static final long ASKER = 1;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(
                        "the asker is never proposed",
                        List.of(new Candidate(ASKER, 900, 1, 0.0), new Candidate(2, 100, 0, null)),
                        List.of(2L)),
                Arguments.of(
                        "being near without expertise or a similar answer is not enough",
                        List.of(new Candidate(2, 0, 0, 0.0), new Candidate(3, 50, 0, 400.0)),
                        List.of(3L)),
                Arguments.of(
                        "more expertise ranks first",
                        List.of(new Candidate(2, 120, 0, null), new Candidate(3, 250, 0, null)),
                        List.of(3L, 2L)),
                Arguments.of(
                        "a very similar accepted answer beats moderate expertise",
                        List.of(new Candidate(2, 150, 0, null), new Candidate(3, 0, 0.8, null)),
                        List.of(3L, 2L)),
                Arguments.of(
                        "between equals, the nearer one first",
                        List.of(new Candidate(2, 200, 0, 80.0), new Candidate(3, 200, 0, 5.0)),
                        List.of(3L, 2L)),
                Arguments.of(
                        "expertise counts at most 3 points, so closeness can still decide",
                        List.of(new Candidate(2, 5000, 0, 300.0), new Candidate(3, 300, 0, 1.0)),
                        List.of(3L, 2L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ranksCandidates(String rule, List<Candidate> candidates, List<Long> expected) {
        assertEquals(
                expected,
                ExpertRouting.rank(candidates, ASKER, 5).stream()
                        .map(r -> r.candidate().memberId())
                        .toList());
    }

    @Test
    void proposesAtMostTheLimit() {
        List<Candidate> many =
                java.util.stream.LongStream.rangeClosed(2, 12)
                        .mapToObj(id -> new Candidate(id, id * 10, 0, null))
                        .toList();
        assertEquals(
                List.of(12L, 11L, 10L, 9L, 8L),
                ExpertRouting.rank(many, ASKER, 5).stream()
                        .map(r -> r.candidate().memberId())
                        .toList());
    }

    @Test
    void similarityIgnoresAccentsCaseAndStopWords() {
        WordSet a = WordSet.of("Comment créer une adresse e-mail pour un demandeur d’emploi ?");
        WordSet b = WordSet.of("créer adresse mail demandeur emploi");
        assertEquals(1.0, a.jaccard(b), 1e-9);
        assertEquals(0.0, a.jaccard(WordSet.of("Imprimante 3D bouchée")), 1e-9);
        assertEquals(0.0, WordSet.of("").jaccard(b), 1e-9);
    }
}
