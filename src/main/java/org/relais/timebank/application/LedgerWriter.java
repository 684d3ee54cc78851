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
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.timebank.domain.AccountState;
import org.relais.timebank.domain.LedgerAccount;
import org.relais.timebank.domain.LockOrder;
import org.relais.timebank.domain.Posting;
import org.relais.timebank.domain.TimebankRepository;
import org.relais.timebank.domain.TimebankRepository.BalanceChange;
import org.relais.timebank.domain.TimebankRepository.LockedAccount;
import org.relais.timebank.domain.Transfer;
import org.relais.timebank.domain.TransferPlan;

/**
 * Locks accounts and writes what the rules planned. Accounts are always locked in the {@link
 * LockOrder}: members' and holds' accounts ascending, whatever the direction of the transfer, the
 * pool last; so two transfers between the same accounts wait for each other instead of deadlocking,
 * and a transaction holding the pool waits for nobody. On H2 every transaction locks the pool first
 * instead, so that the ledger's transactions run in single file ({@link #singleFile}). Callers run
 * inside their transaction.
 *
 * <p>Balances are written relative to the row ({@code balance = balance + minutes}), never as a
 * value computed from an earlier read: whatever a read returned, no update is lost. The rules'
 * checks (floor, ceiling, overflow) use the balances read under the locks; the update of a locked
 * account also requires its row to hold the balance read, and the database's {@code CHECK}
 * constraints keep every balance within its bounds.
 */
@ApplicationScoped
public class LedgerWriter {
    private static final Logger LOG = Logger.getLogger(LedgerWriter.class.getName());

    @Inject TimebankRepository repository;
    @Inject Clock clock;

    /**
     * The data source's class: on H2 the ledger's transactions run in single file, each locking the
     * pool first ({@link LockOrder#singleFile}). Concurrent ledger transactions on H2 2.2.224 (the
     * one Payara Micro ships) lost updates under 16-client storms, even written relative to the
     * row, which PostgreSQL never did (README, time bank ledger locking).
     */
    @Inject
    @ConfigProperty(name = "relais.db.class", defaultValue = "")
    String databaseClass = "";

    boolean singleFile() {
        return databaseClass.startsWith("org.h2.");
    }

    /**
     * The accounts, locked for writing in the {@link LockOrder} (the members' by one statement,
     * ascending, then the pool by a second one if it is among them), by id. On H2 the pool is
     * locked too, first, whether or not it is among them.
     */
    public Map<Long, LedgerAccount> lock(long... accountIds) {
        Map<Long, LedgerAccount> locked = new TreeMap<>();
        long pool = repository.poolAccountId();
        for (List<Long> statement :
                singleFile()
                        ? LockOrder.singleFile(pool, accountIds)
                        : LockOrder.statements(pool, accountIds)) {
            repository.lock(statement).forEach(account -> locked.put(account.id(), account));
        }
        return locked;
    }

    /**
     * Two members' accounts, locked for writing by one statement (ascending ids; on H2 with the
     * pool, first), by id, and whether each member is active; a member without an account yet is
     * missing.
     */
    public List<LockedAccount> lockMembers(long firstMember, long secondMember) {
        return repository.lockMembers(firstMember, secondMember, singleFile());
    }

    public static AccountState state(Map<Long, LedgerAccount> locked, long id) {
        return locked.get(id).state();
    }

    /**
     * Writes the transfer, the new balances and the entries; the payer's balance on the receipt.
     * Every account the plan changes must be locked, but the pool when the plan only credits it:
     * its row is then locked by the relative update that credits it, the last lock of the
     * transaction, held only for the entries' insert and the commit. Throws {@link KeyAlreadyUsed},
     * writing nothing, when the transfer's payer already used its key or the transfer it reverses
     * was already reversed.
     */
    public Transfer write(
            TransferPlan plan,
            Transfer transfer,
            Map<Long, LedgerAccount> locked,
            Long payerAccount) {
        long pool = repository.poolAccountId();
        List<BalanceChange> changes = new ArrayList<>(plan.postings().size());
        for (Posting posting : plan.postings()) {
            LedgerAccount account = locked.get(posting.accountId());
            if (account == null && (posting.accountId() != pool || posting.minutes() < 0)) {
                throw new IllegalStateException("account " + posting.accountId() + " not locked");
            }
            changes.add(new BalanceChange(posting.accountId(), posting.minutes(), account));
        }
        if (payerAccount != null) {
            long before = locked.get(payerAccount).balanceMinutes();
            transfer.recordPayerBalance(before + plan.change(payerAccount));
        }
        if (!repository.storeTransfer(transfer)) {
            throw new KeyAlreadyUsed();
        }
        int updated = repository.addToBalances(changes, plan.kind().isActivity() ? now() : null);
        if (updated != changes.size()) {
            LOG.warning(
                    () ->
                            "time bank: a balance read under its lock was not the row's; transfer"
                                    + " rolled back: "
                                    + plan);
            throw new StaleBalance(updated, changes.size());
        }
        repository.storeEntries(transfer.id(), plan.postings());
        return transfer;
    }

    /** Now, to the microsecond the databases keep, so a replay answers exactly the same time. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
