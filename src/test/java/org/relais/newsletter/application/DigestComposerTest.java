package org.relais.newsletter.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relais.forum.application.TopicSummary;
import org.relais.platform.i18n.Messages;

class DigestComposerTest {
    @ParameterizedTest
    @CsvSource({
        "0, Entraide — aucune réponse",
        "1, Entraide — 1 réponse",
        "2, Entraide — 2 réponses",
        "12, Entraide — 12 réponses",
    })
    void aForumTopicOfTheLetterCountsItsRepliesInGoodFrench(int replies, String detail) {
        DigestComposer composer = new DigestComposer();
        composer.messages = new Messages();
        OffsetDateTime at = OffsetDateTime.parse("2026-11-20T10:00:00+01:00");
        TopicSummary topic =
                new TopicSummary(
                        7,
                        1,
                        "Entraide",
                        "#0b4f6c",
                        "Imprimer depuis un téléphone",
                        List.of(),
                        3L,
                        "Camille",
                        replies,
                        false,
                        false,
                        at,
                        at,
                        "Karim");

        assertEquals(detail, composer.topic(topic).detail());
    }
}
