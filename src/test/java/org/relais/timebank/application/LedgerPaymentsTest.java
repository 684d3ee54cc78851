package org.relais.timebank.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.security.Caller;
import org.relais.timebank.domain.Entry;
import org.relais.timebank.domain.Transfer;

/**
 * A payment between members who both have an account: one lock statement, the transfer inserted
 * unless its key is taken, and a replay found only when the payment cannot be written as asked.
 */
class LedgerPaymentsTest {
    static final long PAYER = 31;
    static final long RECEIVER = 32;

    InMemoryTimebank ledger;
    LedgerService service;

    @BeforeEach
    void setUp() {
        ledger = new InMemoryTimebank();
        service = ledger.service("2026-11-24T09:00:00Z");
        ledger.memberAccountId(PAYER, OffsetDateTime.now());
        ledger.memberAccountId(RECEIVER, OffsetDateTime.now());
    }

    TransferReceipt pay(long minutes, String memo, String key) {
        return service.pay(
                new Caller(PAYER, "membre", Set.of(Caller.MEMBER)),
                new PayHours(RECEIVER, minutes, memo, null, key));
    }

    long balance(long member) {
        return ledger.findMemberAccount(member).orElseThrow().balanceMinutes();
    }

    @Test
    void aReplayedKeyAnswersTheStoredTransferAndWritesNothing() {
        TransferReceipt first = pay(90, "atelier tablette", "cle-1");

        TransferReceipt again = pay(90, "atelier tablette", "cle-1");

        assertEquals(first, again);
        assertEquals(1, ledger.all(Transfer.class).size());
        assertEquals(-90, balance(PAYER));
        assertEquals(90, balance(RECEIVER));
    }

    @Test
    void aReplayIsAnsweredEvenWhenThePaymentWouldNowBeRefused() {
        TransferReceipt first = pay(540, "accompagnement démarches", "cle-plancher");
        // the payer is now 60 minutes above the floor (-10 h): the same payment would be refused

        TransferReceipt again = pay(540, "accompagnement démarches", "cle-plancher");

        assertEquals(first, again);
        assertThrows(RuleViolation.class, () -> pay(540, "accompagnement démarches", "cle-neuve"));
        assertEquals(-540, balance(PAYER));
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() {
        pay(30, "café numérique", "cle-2");

        ConflictException refused =
                assertThrows(ConflictException.class, () -> pay(45, "café numérique", "cle-2"));

        assertEquals("timebank.idempotency.reused", refused.messageKey());
        assertEquals(1, ledger.all(Transfer.class).size());
        assertEquals(-30, balance(PAYER));
    }

    @Test
    void aMemberNoLongerActiveCannotBePaid() {
        ledger.inactiveMembers.add(RECEIVER);

        RuleViolation refused = assertThrows(RuleViolation.class, () -> pay(60, null, "cle-3"));

        assertEquals("to", refused.errors().get(0).field());
        assertEquals(List.of(), ledger.all(Transfer.class));
        assertEquals(List.of(), ledger.all(Entry.class));
        assertEquals(0, balance(PAYER));
    }

    @Test
    void aPaymentWithoutItsReceiverAsksForOne() {
        RuleViolation refused =
                assertThrows(
                        RuleViolation.class,
                        () ->
                                service.pay(
                                        new Caller(PAYER, "membre", Set.of(Caller.MEMBER)),
                                        new PayHours(null, 30L, null, null, "cle-sans-dest")));

        assertEquals("to", refused.errors().get(0).field());
        assertEquals("timebank.member.required", refused.errors().get(0).messageKey());
        assertEquals(List.of(), ledger.all(Transfer.class));
        assertEquals(0, balance(PAYER));
    }

    @Test
    void aFirstPaymentBetweenOpenAccountsWritesNothingUntilTheAccountsAreOpened() {
        long newcomer = 33;
        Caller payer = new Caller(PAYER, "membre", Set.of(Caller.MEMBER));
        PayHours command = new PayHours(newcomer, 45L, "premier échange", null, "cle-nouveau");

        assertEquals(Optional.empty(), service.payBetweenOpenAccounts(payer, command));
        assertEquals(List.of(), ledger.all(Transfer.class));
        assertEquals(Optional.empty(), ledger.findMemberAccount(newcomer));

        service.openAccounts(PAYER, newcomer);
        TransferReceipt paid = service.payBetweenOpenAccounts(payer, command).orElseThrow();

        assertEquals(45, paid.minutes());
        assertEquals(-45, balance(PAYER));
        assertEquals(45, balance(newcomer));
    }

    @Test
    void aPaymentBetweenMembersWithAccountsLocksThemInOneStatement() {
        pay(15, null, "cle-4");
        pay(20, null, "cle-5");

        long payer = ledger.findMemberAccount(PAYER).orElseThrow().id();
        long receiver = ledger.findMemberAccount(RECEIVER).orElseThrow().id();
        assertEquals(
                List.of(List.of(payer, receiver), List.of(payer, receiver)), ledger.lockStatements);
    }
}
