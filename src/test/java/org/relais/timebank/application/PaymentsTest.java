package org.relais.timebank.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relais.platform.security.Caller;
import org.relais.timebank.domain.TransferKind;

/**
 * Payments opens missing accounts in a transaction of their own before a first payment, and retries
 * an attempt that failed on a lock after opening them again.
 */
class PaymentsTest {
    static final Caller PAYER = new Caller(7, "membre", Set.of(Caller.MEMBER));
    static final PayHours COMMAND = new PayHours(8L, 60L, "atelier", null, "cle");
    static final TransferReceipt RECEIPT =
            new TransferReceipt(
                    1,
                    TransferKind.PAYMENT,
                    7L,
                    8L,
                    60,
                    60,
                    0,
                    -60L,
                    "atelier",
                    null,
                    null,
                    OffsetDateTime.parse("2026-11-24T17:00:00Z"));

    /**
     * A ledger whose first {@code failures} attempts fail on a lock, whose members have accounts or
     * not, and which notes its calls.
     */
    static final class Contended extends LedgerService {
        final List<String> calls = new ArrayList<>();
        int failures;
        boolean accountsOpen;

        Contended(int failures, boolean accountsOpen) {
            this.failures = failures;
            this.accountsOpen = accountsOpen;
        }

        @Override
        public Optional<TransferReceipt> payBetweenOpenAccounts(Caller payer, PayHours command) {
            calls.add("pay if open");
            if (failures-- > 0) {
                throw new PersistenceException("Timeout trying to lock table");
            }
            return accountsOpen ? Optional.of(RECEIPT) : Optional.empty();
        }

        @Override
        public TransferReceipt pay(Caller payer, PayHours command) {
            calls.add("pay");
            if (failures-- > 0) {
                throw new PersistenceException("Timeout trying to lock table");
            }
            return RECEIPT;
        }

        @Override
        public Optional<TransferReceipt> replayOf(Caller payer, PayHours command) {
            return Optional.empty();
        }

        @Override
        public void openAccounts(long payerId, Long to) {
            calls.add("open " + payerId + " " + to);
        }
    }

    static Payments payments(LedgerService ledger) {
        Payments payments = new Payments();
        payments.ledger = ledger;
        return payments;
    }

    @Test
    void aPaymentBetweenMembersWithAccountsIsOneAttempt() {
        Contended ledger = new Contended(0, true);

        assertSame(RECEIPT, payments(ledger).pay(PAYER, COMMAND));

        assertEquals(List.of("pay if open"), ledger.calls);
    }

    @Test
    void aFirstPaymentOpensTheAccountsOnTheirOwnBeforeItPays() {
        Contended ledger = new Contended(0, false);

        assertSame(RECEIPT, payments(ledger).pay(PAYER, COMMAND));

        assertEquals(List.of("pay if open", "open 7 8", "pay"), ledger.calls);
    }

    @Test
    void anAttemptThatFailedOnALockIsRetriedAfterTheAccountsAreOpenedOnTheirOwn() {
        Contended ledger = new Contended(1, true);

        assertSame(RECEIPT, payments(ledger).pay(PAYER, COMMAND));

        assertEquals(List.of("pay if open", "open 7 8", "pay"), ledger.calls);
    }

    @Test
    void aPaymentThatKeepsFailingGivesUpAfterItsAttempts() {
        Contended ledger = new Contended(Payments.ATTEMPTS, true);

        assertThrows(PersistenceException.class, () -> payments(ledger).pay(PAYER, COMMAND));

        assertEquals(2 * Payments.ATTEMPTS - 1, ledger.calls.size());
        assertEquals("pay", ledger.calls.get(ledger.calls.size() - 1));
    }
}
