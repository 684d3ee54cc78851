package org.relais.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.relais.platform.security.Caller;

/**
 * Pays hours for the API and the pay form, each attempt in its own transaction. A member's first
 * payment finds an account missing: it is opened in a short transaction of its own, then the
 * payment is made (a new account row inserted inside the payment would stay locked while the
 * payment waits for the other party). The same key replayed answers the same transfer; when two
 * replays race past the payer's lock (they cannot, but the unique key is the last guard) the loser
 * reads the winner. An attempt that failed on a lock (one the database gave up waiting for under a
 * storm) wrote nothing, and the key makes a retry safe: it is tried again a few times, after the
 * accounts are opened if still missing and after a short random pause that grows with each attempt,
 * so that payments which collided do not collide again at once.
 */
@ApplicationScoped
public class Payments {
    static final int ATTEMPTS = 6;
    private static final long PAUSE_MILLIS = 40;

    /** The key of the payment that settles a payment request: one payment per request. */
    static final String REQUEST_KEY = "relais:demande-de-paiement:";

    @Inject LedgerService ledger;
    @Inject PaymentRequests requests;

    /**
     * The payer pays a payment request they received: an ordinary payment to its asker, under the
     * same rules, whose key is the request's, so that paying it twice (a double click, two tabs)
     * pays once. A payment the rules refuse leaves the request waiting.
     */
    public TransferReceipt payRequest(Caller payer, long requestId) {
        PaymentRequests.RequestView request = requests.toPay(payer, requestId);
        TransferReceipt receipt =
                pay(
                        payer,
                        new PayHours(
                                request.issuerId(),
                                request.minutes(),
                                request.memo(),
                                request.offerId(),
                                REQUEST_KEY + requestId));
        requests.paid(requestId, receipt);
        return receipt;
    }

    public TransferReceipt pay(Caller payer, PayHours command) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (attempt == 1) {
                    Optional<TransferReceipt> paid = ledger.payBetweenOpenAccounts(payer, command);
                    if (paid.isPresent()) {
                        return paid.get();
                    }
                    openAccounts(payer, command);
                }
                return ledger.pay(payer, command);
            } catch (PersistenceException raced) {
                Optional<TransferReceipt> replay = ledger.replayOf(payer, command);
                if (replay.isPresent()) {
                    return replay.get();
                }
                if (attempt == ATTEMPTS || !pause(attempt)) {
                    throw raced;
                }
                openAccounts(payer, command);
            }
        }
    }

    /** Waits up to {@code attempt} × 40 ms, at random; false if the thread was interrupted. */
    private static boolean pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, PAUSE_MILLIS * attempt + 1));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void openAccounts(Caller payer, PayHours command) {
        try {
            ledger.openAccounts(payer.accountId(), command.to());
        } catch (PersistenceException busy) {
            // still contended: the next attempt opens them in its own transaction, as before
        }
    }
}
