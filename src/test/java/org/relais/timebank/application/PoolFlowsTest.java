package org.relais.timebank.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.platform.security.Caller;
import org.relais.timebank.application.LedgerReading.PoolFlows;

/**
 * The pool page's figures: what overflowed in above a ceiling, what was granted, and what reversals
 * gave back, summed from the pool's entries; together they are its balance.
 */
class PoolFlowsTest {
    static final long ANOUK = 41;
    static final long BILAL = 42;
    static final long CHLOE = 43;
    static final Caller COORDINATOR = InMemoryTimebank.COORDINATOR;

    InMemoryTimebank ledger;
    LedgerService service;
    LedgerReading reading;

    @BeforeEach
    void setUp() {
        ledger = new InMemoryTimebank();
        service = ledger.service("2026-11-25T09:00:00Z");
        reading = new LedgerReading();
        reading.repository = ledger;
    }

    @Test
    void aNewPoolHasNoFlows() {
        assertEquals(new PoolFlows(0, 0, 0, 0), reading.poolFlows());
    }

    @Test
    void overflowGrantsAndAReversedGrantAddUpToThePoolsBalance() {
        service.bound(COORDINATOR, BILAL, -600L, 60L);
        service.pay(
                new Caller(ANOUK, "Anouk", Set.of(Caller.MEMBER)),
                new PayHours(BILAL, 90L, "Atelier tablette", null, "cle-1"));
        service.grant(COORDINATOR, CHLOE, 20L, "Bienvenue à Chloé");
        TransferReceipt mistaken = service.grant(COORDINATOR, ANOUK, 5L, "Erreur de membre");
        service.reverse(COORDINATOR, mistaken.id(), "Accordé au mauvais membre");

        PoolFlows flows = reading.poolFlows();

        assertEquals(new PoolFlows(30, 0, 25, 5), flows);
        assertEquals(10, flows.balance());
        assertEquals(reading.poolBalance(), flows.balance());
    }
}
