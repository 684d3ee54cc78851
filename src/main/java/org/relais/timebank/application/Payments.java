package org.relais.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import org.relais.platform.security.Caller;

/**
 * Pays hours for the API and the pay form, each attempt in its own transaction. The same key
 * replayed answers the same transfer; when two replays race past the payer's lock (they cannot, but
 * the unique key is the last guard) the loser reads the winner. An attempt that failed on a lock
 * (one the database gave up waiting for under a storm) wrote nothing, and the key makes a retry
 * safe: it is tried again a few times, after the two members' accounts are opened on their own if
 * they had none (a first payment's new account row would otherwise be locked again while waiting).
 */
@ApplicationScoped
public class Payments {
    static final int ATTEMPTS = 4;

    @Inject LedgerService ledger;

    public TransferReceipt pay(Caller payer, PayHours command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ledger.pay(payer, command);
            } catch (PersistenceException raced) {
                Optional<TransferReceipt> replay = ledger.replayOf(payer, command);
                if (replay.isPresent()) {
                    return replay.get();
                }
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
                openAccounts(payer, command);
            }
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
