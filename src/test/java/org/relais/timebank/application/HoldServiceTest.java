package org.relais.timebank.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.RuleViolation;
import org.relais.timebank.domain.LedgerAudit;
import org.relais.timebank.domain.TransferKind;

/** Holds set minutes aside, then pay them or give them back, the ledger staying sound. */
class HoldServiceTest {
    static final long ASKER = 11;
    static final long HELPER = 12;

    InMemoryTimebank ledger;
    HoldService holds;

    @BeforeEach
    void setUp() {
        ledger = new InMemoryTimebank();
        holds = new HoldService();
        holds.repository = ledger;
        holds.writer = ledger.writer("2026-11-23T10:00:00Z");
    }

    long balance(long member) {
        return ledger.findMemberAccount(member).orElseThrow().balanceMinutes();
    }

    void assertSound() {
        assertEquals(
                java.util.List.of(),
                LedgerAudit.check(ledger.auditedAccounts(), ledger.keysAppliedTwice()));
    }

    @Test
    void aSettledHoldPaysTheHelper() {
        long hold = holds.hold(ASKER, 90, "Prime sur la question 42");
        assertEquals(-90, balance(ASKER));
        assertEquals(1, ledger.openHolds(ASKER).size());

        TransferReceipt paid = holds.settle(hold, HELPER);

        assertEquals(TransferKind.SETTLE, paid.kind());
        assertEquals(90, paid.creditedMinutes());
        assertEquals(90, balance(HELPER));
        assertEquals(-90, balance(ASKER));
        assertTrue(ledger.openHolds(ASKER).isEmpty());
        assertSound();
    }

    @Test
    void aReleasedHoldGoesBackToItsOwner() {
        long hold = holds.hold(ASKER, 45, "Appel à bêta-testeurs");
        holds.release(hold);
        assertEquals(0, balance(ASKER));
        assertThrows(ConflictException.class, () -> holds.settle(hold, HELPER));
        assertSound();
    }

    @Test
    void aHoldBeyondTheFloorIsRefused() {
        RuleViolation refused =
                assertThrows(
                        RuleViolation.class, () -> holds.hold(ASKER, 601, "Trop grosse prime"));
        assertEquals("timebank.refused.floor", refused.errors().get(0).messageKey());
        assertEquals(0, balance(ASKER));
    }

    @Test
    void theStatusesOfSeveralHoldsAreReadTogether() {
        long settled = holds.hold(ASKER, 30, "Prime sur la question 1");
        long released = holds.hold(ASKER, 20, "Prime sur la question 2");
        long open = holds.hold(ASKER, 10, "Prime sur la question 3");
        holds.settle(settled, HELPER);
        holds.release(released);

        assertEquals(
                java.util.Map.of(settled, "SETTLED", released, "RELEASED", open, "OPEN"),
                holds.statuses(java.util.List.of(settled, released, open)));
        assertEquals(java.util.Map.of(), holds.statuses(java.util.List.of()));
    }
}
