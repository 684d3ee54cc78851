package org.relais.qa.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relais.qa.domain.ReputationEntry.PostRef;

class ReputationEntryTest {
    @ParameterizedTest(name = "{0} names {1} {2}")
    @CsvSource({
        "vote:Q12:34, QUESTION, 12",
        "vote:A56:7, ANSWER, 56",
        "accept:901, ANSWER, 901",
    })
    void aLineNamesThePostThatEarnedItNotTheVoter(String cause, PostType type, long id) {
        assertEquals(Optional.of(new PostRef(type, id)), ReputationEntry.postOf(cause));
    }

    @ParameterizedTest(name = "{0} names no post")
    @CsvSource({"bonus", "vote:X12:34", "vote:Q12", "accept:", "accept:12:34", "vote:Q:34"})
    void aCauseOfAnotherShapeNamesNoPost(String cause) {
        assertEquals(Optional.empty(), ReputationEntry.postOf(cause));
    }

    @Test
    void theCausesWrittenByVotesAndAcceptancesReadBack() {
        ReputationEntry upvote =
                new ReputationEntry(
                        1,
                        ReputationReason.UPVOTED,
                        10,
                        Vote.cause(PostType.ANSWER, 42, 99),
                        OffsetDateTime.now());
        ReputationEntry acceptance =
                new ReputationEntry(
                        1,
                        ReputationReason.ANSWER_ACCEPTED,
                        15,
                        ReputationEntry.acceptCause(43),
                        OffsetDateTime.now());
        assertEquals(Optional.of(new PostRef(PostType.ANSWER, 42)), upvote.post());
        assertEquals(Optional.of(new PostRef(PostType.ANSWER, 43)), acceptance.post());
    }
}
