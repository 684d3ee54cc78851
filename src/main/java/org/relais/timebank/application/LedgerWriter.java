package org.relais.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import org.relais.timebank.domain.AccountState;
import org.relais.timebank.domain.Entry;
import org.relais.timebank.domain.LedgerAccount;
import org.relais.timebank.domain.Posting;
import org.relais.timebank.domain.TimebankRepository;
import org.relais.timebank.domain.Transfer;
import org.relais.timebank.domain.TransferPlan;

/**
 * Locks accounts and writes what the rules planned. Accounts are always locked in ascending id
 * order, whatever the direction of the transfer, so that two transfers between the same accounts
 * wait for each other instead of deadlocking. Callers run inside their transaction.
 */
@ApplicationScoped
public class LedgerWriter {
    @Inject TimebankRepository repository;
    @Inject Clock clock;

    /** The accounts, locked with {@code PESSIMISTIC_WRITE} in ascending id order, by id. */
    public Map<Long, LedgerAccount> lock(long... accountIds) {
        Map<Long, LedgerAccount> locked = new TreeMap<>();
        for (long id : accountIds) {
            locked.put(id, null);
        }
        locked.replaceAll((id, none) -> repository.lock(id));
        return locked;
    }

    public static AccountState state(Map<Long, LedgerAccount> locked, long id) {
        return locked.get(id).state();
    }

    /**
     * Writes the transfer, its entries and the new balances; the payer's balance on the receipt.
     */
    public Transfer write(
            TransferPlan plan,
            Transfer transfer,
            Map<Long, LedgerAccount> locked,
            Long payerAccount) {
        OffsetDateTime now = now();
        if (payerAccount != null) {
            long before = locked.get(payerAccount).balanceMinutes();
            transfer.recordPayerBalance(before + plan.change(payerAccount));
        }
        repository.store(transfer);
        for (Posting posting : plan.postings()) {
            long balance =
                    locked.get(posting.accountId())
                            .apply(posting.minutes(), plan.kind().isActivity() ? now : null);
            repository.store(
                    new Entry(transfer.id(), posting.accountId(), posting.minutes(), balance));
        }
        return transfer;
    }

    /** Now, to the microsecond the databases keep, so a replay answers exactly the same time. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
