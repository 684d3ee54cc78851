package org.relais.timebank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.relais.platform.error.RuleViolation;

/**
 * Random sequences of payments, retries, reversals, grants, melts and holds over a few accounts
 * keep every invariant of the ledger, and a refused operation changes nothing. Each sequence comes
 * from its own seed; a failure names it, and {@code -Drelais.test.ledger-seed=N} replays that one
 * sequence alone.
 */
class LedgerPropertiesTest {
    private static final int MEMBERS = 6;
    private static final long POOL = 0;
    private static final long HOLD = 100;
    private static final int TRIES = 300;
    private static final String REPLAY = "relais.test.ledger-seed";

    /** One operation: what it is and the numbers it picks from (indexes are taken modulo). */
    record Operation(int type, int a, int b, long minutes) {}

    @Test
    void everySequenceKeepsTheLedgerSound() {
        String replay = System.getProperty(REPLAY);
        List<Long> seeds = new ArrayList<>();
        if (replay != null) {
            seeds.add(Long.parseLong(replay));
        } else {
            SplittableRandom seedSource = new SplittableRandom();
            for (int i = 0; i < TRIES; i++) {
                seeds.add(seedSource.nextLong());
            }
        }
        int sequencesWithOverflow = 0;
        for (long seed : seeds) {
            Ledger ledger;
            try {
                ledger = run(sequence(new SplittableRandom(seed)));
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError(
                        "sequence with seed " + seed + " failed; replay: -D" + REPLAY + "=" + seed,
                        failure);
            }
            if (ledger.transfers.stream().anyMatch(plan -> plan.overflowMinutes() > 0)) {
                sequencesWithOverflow++;
            }
        }
        if (replay == null) {
            assertTrue(
                    sequencesWithOverflow > TRIES / 10,
                    "the generator must reach the ceiling often enough to test the overflow: "
                            + sequencesWithOverflow);
        }
    }

    /** 20 to 300 operations; amounts mostly up to 4 h, some larger, a few zero or negative. */
    static List<Operation> sequence(SplittableRandom random) {
        int size = random.nextInt(20, 301);
        List<Operation> ops = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int band = random.nextInt(11);
            long minutes =
                    band < 8
                            ? random.nextLong(1, 241)
                            : band < 10 ? random.nextLong(241, 901) : random.nextLong(-30, 1);
            ops.add(
                    new Operation(
                            random.nextInt(8),
                            random.nextInt(1001),
                            random.nextInt(1001),
                            minutes));
        }
        return ops;
    }

    static Ledger run(List<Operation> ops) {
        Ledger ledger = new Ledger();
        for (Operation op : ops) {
            Map<Long, Long> before = ledger.balances();
            int transfersBefore = ledger.transfers.size();
            try {
                ledger.apply(op);
            } catch (RuleViolation refused) {
                assertEquals(before, ledger.balances(), "a refused " + op + " changed balances");
                assertEquals(transfersBefore, ledger.transfers.size());
            }
            assertEquals(List.of(), ledger.audit(), "after " + op);
        }
        return ledger;
    }

    /** The ledger as the service keeps it, in memory: accounts, entries, idempotency keys. */
    static final class Ledger {
        final Map<Long, AccountState> accounts = new LinkedHashMap<>();
        final Map<Long, Long> entrySums = new HashMap<>();
        final List<TransferPlan> transfers = new ArrayList<>();
        final List<Long> sources = new ArrayList<>();
        final Map<String, TransferPlan> byKey = new HashMap<>();
        final Set<Integer> reversed = new HashSet<>();
        final List<String> keys = new ArrayList<>();

        Ledger() {
            accounts.put(
                    POOL,
                    new AccountState(POOL, AccountKind.POOL, 0, AccountBounds.NEVER_NEGATIVE));
            accounts.put(
                    HOLD,
                    new AccountState(HOLD, AccountKind.HOLD, 0, AccountBounds.NEVER_NEGATIVE));
            for (long id = 1; id <= MEMBERS; id++) {
                long floor =
                        id == 1
                                ? 0
                                : AccountBounds.DEFAULT_FLOOR; // one member may not go into debt
                accounts.put(
                        id,
                        new AccountState(
                                id, AccountKind.MEMBER, 0, new AccountBounds(floor, 150 * id)));
            }
        }

        void apply(Operation op) {
            AccountState a = member(op.a());
            AccountState b = member(op.b());
            AccountState pool = accounts.get(POOL);
            AccountState hold = accounts.get(HOLD);
            switch (op.type()) {
                case 0, 1 ->
                        pay(a, b, op.minutes(), "k" + op.a() + "-" + op.b() + "-" + op.minutes());
                case 2 -> retry(op.a());
                case 3 -> reverse(op.a());
                case 4 -> record(TransferRules.grant(pool, a, op.minutes()), POOL);
                case 5 -> {
                    long melt = Math.min(op.minutes(), a.balanceMinutes());
                    if (melt > 0) {
                        record(TransferRules.melt(a, pool, melt), a.id());
                    }
                }
                case 6 -> record(TransferRules.hold(a, hold, pool, op.minutes()), a.id());
                default -> record(TransferRules.settle(hold, b, pool, op.minutes()), HOLD);
            }
        }

        private void pay(AccountState payer, AccountState receiver, long minutes, String key) {
            if (byKey.containsKey(key)) {
                return; // a retry answers the first transfer and writes nothing
            }
            TransferPlan plan = TransferRules.pay(payer, receiver, accounts.get(POOL), minutes);
            record(plan, payer.id());
            byKey.put(key, plan);
            keys.add(key);
        }

        private void retry(int index) {
            if (keys.isEmpty()) {
                return;
            }
            String key = keys.get(index % keys.size());
            TransferPlan first = byKey.get(key);
            int count = transfers.size();
            pay(accounts.get(1L), accounts.get(2L), first.requestedMinutes(), key);
            assertEquals(count, transfers.size(), "a retried key wrote a second transfer");
        }

        private void reverse(int index) {
            if (transfers.isEmpty()) {
                return;
            }
            int chosen = index % transfers.size();
            TransferPlan original = transfers.get(chosen);
            if (original.kind() == TransferKind.REVERSAL || reversed.contains(chosen)) {
                return;
            }
            TransferPlan reversal =
                    TransferRules.reverse(original, accounts, sources.get(chosen), POOL);
            record(reversal, -1);
            reversed.add(chosen);
        }

        private void record(TransferPlan plan, long source) {
            for (Posting posting : plan.postings()) {
                AccountState account = accounts.get(posting.accountId());
                accounts.put(
                        account.id(),
                        account.withBalance(account.balanceMinutes() + posting.minutes()));
                entrySums.merge(posting.accountId(), posting.minutes(), Long::sum);
            }
            transfers.add(plan);
            sources.add(source);
        }

        private AccountState member(int index) {
            return accounts.get(1L + index % MEMBERS);
        }

        Map<Long, Long> balances() {
            Map<Long, Long> balances = new HashMap<>();
            accounts.forEach((id, account) -> balances.put(id, account.balanceMinutes()));
            return balances;
        }

        List<LedgerAudit.Violation> audit() {
            List<LedgerAudit.AuditedAccount> audited = new ArrayList<>();
            accounts.forEach(
                    (id, account) ->
                            audited.add(
                                    new LedgerAudit.AuditedAccount(
                                            id,
                                            account.balanceMinutes(),
                                            entrySums.getOrDefault(id, 0L),
                                            account.bounds())));
            return LedgerAudit.check(audited, List.of());
        }
    }
}
