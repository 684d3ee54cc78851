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

/** Payments retries an attempt that failed on a lock, after opening both members' accounts. */
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

    /** A ledger whose first {@code failures} attempts fail on a lock, and which notes its calls. */
    static final class Contended extends LedgerService {
        final List<String> calls = new ArrayList<>();
        int failures;

        Contended(int failures) {
            this.failures = failures;
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
    void anAttemptThatFailedOnALockIsRetriedAfterTheAccountsAreOpenedOnTheirOwn() {
        Contended ledger = new Contended(1);

        assertSame(RECEIPT, payments(ledger).pay(PAYER, COMMAND));

        assertEquals(List.of("pay", "open 7 8", "pay"), ledger.calls);
    }

    @Test
    void aPaymentThatKeepsFailingGivesUpAfterItsAttempts() {
        Contended ledger = new Contended(Payments.ATTEMPTS);

        assertThrows(PersistenceException.class, () -> payments(ledger).pay(PAYER, COMMAND));

        assertEquals(2 * Payments.ATTEMPTS - 1, ledger.calls.size());
    }
}
