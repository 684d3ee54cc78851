package org.relais.timebank.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.accounts.application.AccountService;
import org.relais.platform.security.Caller;
import org.relais.timebank.domain.Entry;
import org.relais.timebank.domain.LedgerAudit;

/**
 * Which lock statements the ledger sends: the members' accounts in one statement, ascending; the
 * pool only after them, and only when the transfer may take minutes from it. A payment never locks
 * the pool beforehand: when it overflows, the relative balance update credits the pool, last.
 */
class LedgerLockOrderTest {
    static final long PAYER = 21;
    static final long RECEIVER = 22;

    InMemoryTimebank ledger;
    LedgerService service;

    @BeforeEach
    void setUp() {
        ledger = new InMemoryTimebank();
        service = ledger.service("2026-11-24T04:00:00Z");
    }

    long account(long member) {
        return ledger.memberAccountId(member, OffsetDateTime.now());
    }

    TransferReceipt pay(long from, long to, long minutes, String key) {
        return service.pay(
                new Caller(from, "membre " + from, Set.of(Caller.MEMBER)),
                new PayHours(to, minutes, "atelier", null, key));
    }

    @Test
    void aPaymentThatDoesNotOverflowNeverTouchesThePool() {
        long receiver = account(RECEIVER);
        long payer = account(PAYER);

        TransferReceipt paid = pay(PAYER, RECEIVER, 90, "k1");

        assertEquals(0, paid.overflowMinutes());
        assertEquals(List.of(List.of(receiver, payer)), ledger.lockStatements);
        assertEquals(List.of(List.of(payer, receiver)), ledger.balanceStatements);
        assertEquals(0, ledger.getAccount(ledger.poolAccountId()).balanceMinutes());
        assertSound();
    }

    @Test
    void aPaymentThatOverflowsCreditsThePoolWithoutLockingItFirst() {
        long receiver = account(RECEIVER);
        long pool = ledger.poolAccountId();
        fillReceiverTo(2300);

        TransferReceipt paid = pay(PAYER + 100, RECEIVER, 150, "k5");

        assertEquals(50, paid.overflowMinutes());
        assertEquals(100, paid.creditedMinutes());
        long payer = account(PAYER + 100);
        // the payer's first payment: the lock finds the receiver's account only; the payer's is
        // created, then both are locked
        assertEquals(List.of(List.of(receiver), List.of(receiver, payer)), ledger.lockStatements);
        assertEquals(List.of(List.of(payer, receiver, pool)), ledger.balanceStatements);
        assertEquals(50, ledger.getAccount(pool).balanceMinutes());
        assertEquals(2400, ledger.getAccount(receiver).balanceMinutes());
        assertEquals(-150, ledger.getAccount(payer).balanceMinutes());
        Entry toPool =
                ledger.entriesOf(paid.id()).stream()
                        .filter(e -> e.accountId() == pool)
                        .findFirst()
                        .orElseThrow();
        assertEquals(50, toPool.balanceAfter());
        assertSound();
    }

    @Test
    void aGrantLocksTheMemberThenThePool() {
        long pool = ledger.poolAccountId();
        fillReceiverTo(2400);
        pay(PAYER + 200, RECEIVER, 120, "overflow");
        long receiver = account(RECEIVER);
        ledger.lockStatements.clear();

        service.grant(
                new Caller(1, "coordinatrice", Set.of(Caller.MEMBER, Caller.MODERATOR)),
                PAYER,
                60L,
                "Accueil d'un nouveau bénévole");

        assertEquals(List.of(List.of(account(PAYER)), List.of(pool)), ledger.lockStatements);
        assertEquals(60, ledger.getAccount(account(PAYER)).balanceMinutes());
        assertEquals(60, ledger.getAccount(pool).balanceMinutes());
        assertEquals(2400, ledger.getAccount(receiver).balanceMinutes());
        assertSound();
    }

    @Test
    void aReversalLocksItsMembersAscendingThenThePool() {
        long pool = ledger.poolAccountId();
        long receiver = account(RECEIVER);
        fillReceiverTo(2350);
        TransferReceipt paid = pay(PAYER, RECEIVER, 100, "to-reverse");
        long payer = account(PAYER);
        ledger.lockStatements.clear();

        service.reverse(
                new Caller(1, "coordinatrice", Set.of(Caller.MEMBER, Caller.MODERATOR)),
                paid.id(),
                "Paiement en double");

        assertEquals(List.of(List.of(receiver, payer), List.of(pool)), ledger.lockStatements);
        assertEquals(0, ledger.getAccount(pool).balanceMinutes());
        assertEquals(2350, ledger.getAccount(receiver).balanceMinutes());
        assertEquals(0, ledger.getAccount(payer).balanceMinutes());
        assertSound();
    }

    @Test
    void onH2EveryTransferLocksThePoolFirstWithItsMembers() {
        service.writer.databaseClass = "org.h2.jdbcx.JdbcDataSource";
        long receiver = account(RECEIVER);
        long payer = account(PAYER);
        long pool = ledger.poolAccountId();

        TransferReceipt paid = pay(PAYER, RECEIVER, 90, "single-file");

        assertEquals(0, paid.overflowMinutes());
        assertEquals(List.of(List.of(pool, receiver, payer)), ledger.lockStatements);
        assertEquals(List.of(List.of(payer, receiver)), ledger.balanceStatements);
        assertSound();
    }

    @Test
    void aBalanceThatIsNotTheRowsUnderItsLockWritesNothing() {
        long receiver = account(RECEIVER);
        long payer = account(PAYER);
        ledger.rowsChangedUnderTheirLocks = true;

        assertThrows(StaleBalance.class, () -> pay(PAYER, RECEIVER, 90, "stale"));

        assertEquals(0, ledger.getAccount(payer).balanceMinutes());
        assertEquals(0, ledger.getAccount(receiver).balanceMinutes());
        assertEquals(List.of(), ledger.all(Entry.class));
    }

    /** Several payers bring the receiver to a balance, 600 minutes (their floor) at most each. */
    void fillReceiverTo(long balance) {
        for (long payer = 1000; balance > 0; payer++, balance -= 600) {
            pay(payer, RECEIVER, Math.min(600, balance), "fill-" + payer);
        }
        ledger.lockStatements.clear();
        ledger.balanceStatements.clear();
    }

    void assertSound() {
        assertEquals(
                List.of(), LedgerAudit.check(ledger.auditedAccounts(), ledger.keysAppliedTwice()));
    }

    /** Every id is an active member: the ledger's rules are under test here, not the accounts. */
    static final class EveryoneIsAMember extends AccountService {
        @Override
        public boolean isActiveMember(long accountId) {
            return true;
        }
    }
}
