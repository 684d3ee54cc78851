package org.relais.qa.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relais.platform.markdown.RenderedMarkdown;

/** A bounty goes back to the asker after the set number of days without an accepted answer. */
class QuestionBountyTest {
    static final OffsetDateTime ASKED = OffsetDateTime.of(2026, 11, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    static Question question(boolean withBounty, boolean accepted) {
        Question q =
                new Question(
                        7,
                        "Comment créer une adresse mail ?",
                        new RenderedMarkdown("Détail", "<p>Détail</p>"),
                        Set.of("messagerie"),
                        null,
                        ASKED);
        if (withBounty) {
            q.offerBounty(90, 55);
        }
        if (accepted) {
            q.accept(12);
        }
        return q;
    }

    @ParameterizedTest(name = "bounty {0}, accepted {1}, {2} days later → expired {3}")
    @CsvSource({
        "true, false, 29, false",
        "true, false, 30, true",
        "true, false, 90, true",
        "true, true, 90, false", // an accepted answer was paid, nothing to give back
        "false, false, 90, false"
    })
    void expiresAfterTheSetDaysWithoutAcceptedAnswer(
            boolean bounty, boolean accepted, int days, boolean expired) {
        assertEquals(expired, question(bounty, accepted).bountyExpired(ASKED.plusDays(days), 30));
    }

    @org.junit.jupiter.api.Test
    void aQuestionCarriesOneBountyOnly() {
        Question q = question(true, false);
        assertThrows(IllegalStateException.class, () -> q.offerBounty(30, 56));
        assertEquals(90, q.bountyMinutes());
    }
}
