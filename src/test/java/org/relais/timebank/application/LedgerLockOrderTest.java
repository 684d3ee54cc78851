package org.relais.timebank.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.accounts.application.AccountService;
import org.relais.platform.security.Caller;
import org.relais.timebank.domain.LedgerAudit;

/**
 * Which lock statements the ledger sends: one per transfer, with every account it may touch (the
 * pool included) in ascending order.
 */
class LedgerLockOrderTest {
    static final long PAYER = 21;
    static final long RECEIVER = 22;

    InMemoryTimebank ledger;
    LedgerService service;

    @BeforeEach
    void setUp() {
        ledger = new InMemoryTimebank();
        service = new LedgerService();
        service.repository = ledger;
        service.writer = ledger.writer("2026-11-24T04:00:00Z");
        service.accounts = new EveryoneIsAMember();
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
    void aPaymentLocksThePoolAndBothMembersInOneStatement() {
        long receiver = account(RECEIVER);
        long payer = account(PAYER);

        TransferReceipt paid = pay(PAYER, RECEIVER, 90, "k1");

        assertEquals(0, paid.overflowMinutes());
        assertEquals(
                List.of(List.of(ledger.poolAccountId(), receiver, payer)), ledger.lockStatements);
        assertSound();
    }

    @Test
    void aPaymentThatOverflowsCreditsThePoolItLocked() {
        long receiver = account(RECEIVER);
        long pool = ledger.poolAccountId();
        fillReceiverTo(2300);

        TransferReceipt paid = pay(PAYER + 100, RECEIVER, 150, "k5");

        assertEquals(50, paid.overflowMinutes());
        assertEquals(100, paid.creditedMinutes());
        assertEquals(List.of(List.of(pool, receiver, account(PAYER + 100))), ledger.lockStatements);
        assertEquals(50, ledger.getAccount(pool).balanceMinutes());
        assertEquals(2400, ledger.getAccount(receiver).balanceMinutes());
        assertEquals(-150, ledger.getAccount(account(PAYER + 100)).balanceMinutes());
        assertSound();
    }

    @Test
    void aGrantLocksThePoolAndTheMemberInOneStatement() {
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

        assertEquals(List.of(List.of(pool, account(PAYER))), ledger.lockStatements);
        assertEquals(60, ledger.getAccount(account(PAYER)).balanceMinutes());
        assertEquals(60, ledger.getAccount(pool).balanceMinutes());
        assertEquals(2400, ledger.getAccount(receiver).balanceMinutes());
        assertSound();
    }

    /** Several payers bring the receiver to a balance, 600 minutes (their floor) at most each. */
    void fillReceiverTo(long balance) {
        for (long payer = 1000; balance > 0; payer++, balance -= 600) {
            pay(payer, RECEIVER, Math.min(600, balance), "fill-" + payer);
        }
        ledger.lockStatements.clear();
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
