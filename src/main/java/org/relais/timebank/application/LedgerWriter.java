package org.relais.timebank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.relais.timebank.domain.AccountState;
import org.relais.timebank.domain.Entry;
import org.relais.timebank.domain.LedgerAccount;
import org.relais.timebank.domain.LockOrder;
import org.relais.timebank.domain.Posting;
import org.relais.timebank.domain.TimebankRepository;
import org.relais.timebank.domain.Transfer;
import org.relais.timebank.domain.TransferPlan;

/**
 * Locks accounts and writes what the rules planned. Accounts are always locked in ascending id
 * order ({@link LockOrder}), whatever the direction of the transfer, so that two transfers between
 * the same accounts wait for each other instead of deadlocking. Callers run inside their
 * transaction.
 */
@ApplicationScoped
public class LedgerWriter {
    @Inject TimebankRepository repository;
    @Inject Clock clock;

    /**
     * The accounts, locked for writing by one statement in the {@link LockOrder} (ascending ids),
     * by id.
     */
    public Map<Long, LedgerAccount> lock(long... accountIds) {
        Map<Long, LedgerAccount> locked = new TreeMap<>();
        repository
                .lock(LockOrder.of(accountIds))
                .forEach(account -> locked.put(account.id(), account));
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
        List<Entry> entries = new ArrayList<>(plan.postings().size());
        for (Posting posting : plan.postings()) {
            LedgerAccount account = locked.get(posting.accountId());
            if (account == null) {
                throw new IllegalStateException("account " + posting.accountId() + " not locked");
            }
            long balance = account.apply(posting.minutes(), plan.kind().isActivity() ? now : null);
            entries.add(new Entry(transfer.id(), posting.accountId(), posting.minutes(), balance));
        }
        repository.storeEntries(entries);
        return transfer;
    }

    /** Now, to the microsecond the databases keep, so a replay answers exactly the same time. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
