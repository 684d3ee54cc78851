package org.relais.qa.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReputationRulesTest {
    @ParameterizedTest(name = "{0} with {1} already earned today grants {2}")
    @CsvSource({
        "UPVOTED, 0, 10",
        "UPVOTED, 185, 10",
        "UPVOTED, 195, 5",
        "UPVOTED, 200, 0",
        "UPVOTED, 260, 0",
        "DOWNVOTED, 0, -2",
        "DOWNVOTED, 200, -2",
        "ANSWER_ACCEPTED, 200, 15",
        "ACCEPTED_AN_ANSWER, 200, 2",
        "ANSWER_ACCEPTED, 0, 15"
    })
    void votesAreCappedPerDayButAcceptancesAndLossesAreNot(
            ReputationReason reason, int earnedToday, int granted) {
        assertEquals(granted, new DailyReputationCap(200).grant(reason, earnedToday));
    }

    @ParameterizedTest(name = "{0} at reputation {1} (staff {2}) allowed: {3}")
    @CsvSource({
        "VOTE_DOWN, 0, false, false",
        "VOTE_DOWN, 124, false, false",
        "VOTE_DOWN, 125, false, true",
        "CREATE_TAGS, 299, false, false",
        "CREATE_TAGS, 300, false, true",
        "EDIT_OTHERS_POSTS, 999, false, false",
        "EDIT_OTHERS_POSTS, 1000, false, true",
        "EDIT_OTHERS_POSTS, 0, true, true",
        "CREATE_TAGS, 0, true, true"
    })
    void privilegesUnlockAtTheirThresholdAndStaffHoldThemAll(
            Privilege privilege, int reputation, boolean staff, boolean allowed) {
        assertEquals(allowed, PrivilegeThresholds.DEFAULTS.allows(privilege, reputation, staff));
    }
}
