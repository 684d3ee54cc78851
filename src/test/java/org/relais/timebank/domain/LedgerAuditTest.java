package org.relais.timebank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relais.timebank.domain.LedgerAudit.AuditedAccount;
import org.relais.timebank.domain.LedgerAudit.Violation;

class LedgerAuditTest {
    @Test
    void aSoundLedgerHasNoViolation() {
        assertEquals(
                List.of(),
                LedgerAudit.check(
                        List.of(
                                new AuditedAccount(1, -120, -120, AccountBounds.MEMBER_DEFAULT),
                                new AuditedAccount(2, 90, 90, AccountBounds.MEMBER_DEFAULT),
                                new AuditedAccount(0, 30, 30, AccountBounds.NEVER_NEGATIVE)),
                        List.of()));
    }

    @Test
    void eachBrokenInvariantIsNamed() {
        List<Violation> violations =
                LedgerAudit.check(
                        List.of(
                                new AuditedAccount(1, -700, -700, AccountBounds.MEMBER_DEFAULT),
                                new AuditedAccount(2, 90, 60, AccountBounds.MEMBER_DEFAULT),
                                new AuditedAccount(0, -5, -5, AccountBounds.NEVER_NEGATIVE)),
                        List.of("key-42"));

        assertEquals(
                List.of(
                        "balance-out-of-bounds",
                        "balance-differs-from-entries",
                        "balance-out-of-bounds",
                        "balances-do-not-sum-to-zero",
                        "transfer-applied-twice"),
                violations.stream().map(Violation::code).toList());
        assertEquals(1L, violations.get(0).accountId());
        assertEquals("-615", violations.get(3).detail());
    }
}
