package org.relais.timebank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeltPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final MeltPolicy SIX_MONTHS_FIVE_PERCENT = new MeltPolicy(true, 6, 5);

    @ParameterizedTest(name = "balance {0}, idle since {1} → melts {2}")
    @CsvSource({
        "1200, 2026-05-23, 60", // six months idle: 5 % of 20 h
        "1200, 2026-05-24, 0", // one day short of six months
        "1200, 2025-01-01, 60", // long idle: still 5 % a month, not more
        "10, 2026-01-01, 1", // a small balance still melts a minute
        "0, 2026-01-01, 0",
        "-300, 2026-01-01, 0" // debts never melt
    })
    void idlePositiveBalancesMeltAPercentageAMonth(
            long balance, LocalDate lastActivity, long melted) {
        assertEquals(melted, SIX_MONTHS_FIVE_PERCENT.meltingMinutes(balance, lastActivity, TODAY));
    }

    @Test
    void theWarningComesTheMonthBeforeTheFirstMelt() {
        assertTrue(SIX_MONTHS_FIVE_PERCENT.warningDue(600, LocalDate.of(2026, 6, 1), TODAY));
        assertFalse(SIX_MONTHS_FIVE_PERCENT.warningDue(600, LocalDate.of(2026, 5, 1), TODAY));
        assertFalse(SIX_MONTHS_FIVE_PERCENT.warningDue(0, LocalDate.of(2026, 6, 1), TODAY));
    }

    @Test
    void offByDefaultNothingMelts() {
        assertEquals(0, MeltPolicy.OFF.meltingMinutes(2400, LocalDate.of(2020, 1, 1), TODAY));
        assertFalse(MeltPolicy.OFF.warningDue(2400, LocalDate.of(2026, 6, 1), TODAY));
    }
}
