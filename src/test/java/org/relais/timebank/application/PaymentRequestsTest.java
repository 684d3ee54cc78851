package org.relais.timebank.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.accounts.application.AccountService;
import org.relais.platform.error.AccessDeniedException;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.i18n.Messages;
import org.relais.platform.notification.Notice;
import org.relais.platform.notification.Notifications;
import org.relais.platform.security.Caller;
import org.relais.timebank.application.PaymentRequests.RequestView;
import org.relais.timebank.domain.PaymentRequest;
import org.relais.timebank.domain.Transfer;

/**
 * Payment requests: the helper asks, the helped member is told and pays once (an ordinary payment
 * under the floor), refuses with a reason, or the helper withdraws; nobody else sees them.
 */
class PaymentRequestsTest {
    static final long CAMILLE = 51;
    static final long NADIA = 52;
    static final long JULIEN = 53;
    static final Caller AS_CAMILLE = member(CAMILLE, "Camille Lefèvre");
    static final Caller AS_NADIA = member(NADIA, "Nadia Moreau");
    static final Caller AS_JULIEN = member(JULIEN, "Julien Roux");

    InMemoryTimebank ledger;
    LedgerService service;
    PaymentRequests requests;
    Payments payments;
    final List<Notice> notices = new ArrayList<>();

    static Caller member(long id, String name) {
        return new Caller(id, name, Set.of(Caller.MEMBER));
    }

    /** The three members, active, with their names. */
    static final class Members extends AccountService {
        static final Map<Long, String> NAMES =
                Map.of(CAMILLE, "Camille Lefèvre", NADIA, "Nadia Moreau", JULIEN, "Julien Roux");

        @Override
        public boolean isActiveMember(long accountId) {
            return NAMES.containsKey(accountId);
        }

        @Override
        public Map<Long, String> displayNames(Collection<Long> accountIds) {
            Map<Long, String> found = new HashMap<>();
            accountIds.forEach(id -> found.put(id, NAMES.get(id)));
            return found;
        }
    }

    @BeforeEach
    void setUp() {
        ledger = new InMemoryTimebank();
        service = ledger.service("2026-11-25T10:00:00Z");
        service.accounts = new Members();
        requests = new PaymentRequests();
        requests.repository = ledger;
        requests.accounts = new Members();
        requests.messages = new Messages();
        requests.clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        requests.notifications =
                new Notifications() {
                    @Override
                    public void send(Notice notice) {
                        notices.add(notice);
                    }
                };
        payments = new Payments();
        payments.ledger = service;
        payments.requests = requests;
    }

    RequestView ask(long minutes) {
        return requests.ask(AS_CAMILLE, NADIA, minutes, "Préparation de l’atelier CV", null);
    }

    long balance(long member) {
        return ledger.findMemberAccount(member).orElseThrow().balanceMinutes();
    }

    @Test
    void theHelpedMemberIsToldAndPaysTheRequestAsAPayment() {
        RequestView asked = ask(45);

        assertEquals(PaymentRequest.Status.PENDING, asked.status());
        assertEquals(1, notices.size());
        assertEquals(NADIA, notices.get(0).recipientId());
        assertEquals(
                "Camille Lefèvre vous demande 45 min pour une aide donnée",
                notices.get(0).subject());

        TransferReceipt receipt = payments.payRequest(AS_NADIA, asked.id());

        assertEquals(45, receipt.minutes());
        assertEquals(-45, balance(NADIA));
        assertEquals(45, balance(CAMILLE));
        RequestView paid = requests.get(AS_CAMILLE, asked.id());
        assertEquals(PaymentRequest.Status.PAID, paid.status());
        assertEquals(receipt.id(), paid.transferId());
        assertEquals(CAMILLE, notices.get(1).recipientId());
        assertEquals("Nadia Moreau a réglé votre demande de 45 min", notices.get(1).subject());
    }

    @Test
    void aRequestIsPaidOnce() {
        RequestView asked = ask(30);
        payments.payRequest(AS_NADIA, asked.id());

        assertThrows(ConflictException.class, () -> payments.payRequest(AS_NADIA, asked.id()));

        assertEquals(1, ledger.all(Transfer.class).size());
        assertEquals(-30, balance(NADIA));
    }

    @Test
    void aPaymentUnderThePayersFloorIsRefusedAndTheRequestWaits() {
        service.bound(InMemoryTimebank.COORDINATOR, NADIA, 0L, 2400L);
        RequestView asked = ask(60);

        RuleViolation refused =
                assertThrows(RuleViolation.class, () -> payments.payRequest(AS_NADIA, asked.id()));

        assertEquals("minutes", refused.errors().get(0).field());
        assertEquals(PaymentRequest.Status.PENDING, requests.get(AS_NADIA, asked.id()).status());
        assertEquals(List.of(), ledger.all(Transfer.class));
    }

    @Test
    void onlyThePayerPaysOrRefusesAndOnlyTheTwoMembersSeeTheRequest() {
        RequestView asked = ask(30);

        assertThrows(
                AccessDeniedException.class, () -> payments.payRequest(AS_CAMILLE, asked.id()));
        assertThrows(
                AccessDeniedException.class,
                () -> requests.refuse(AS_CAMILLE, asked.id(), "Pas d’accord"));
        assertThrows(NotFoundException.class, () -> requests.get(AS_JULIEN, asked.id()));
        assertThrows(NotFoundException.class, () -> payments.payRequest(AS_JULIEN, asked.id()));
        assertEquals(List.of(), ledger.all(Transfer.class));
    }

    @Test
    void aRefusalSaysWhyAndEndsTheRequest() {
        RequestView asked = ask(90);

        RuleViolation silent =
                assertThrows(RuleViolation.class, () -> requests.refuse(AS_NADIA, asked.id(), " "));
        assertEquals("reason", silent.errors().get(0).field());

        RequestView refused =
                requests.refuse(AS_NADIA, asked.id(), "Nous avions convenu d’une heure");

        assertEquals(PaymentRequest.Status.REFUSED, refused.status());
        assertEquals("Nous avions convenu d’une heure", refused.refusal());
        assertEquals("Nadia Moreau a refusé votre demande de 1 h 30", notices.get(1).subject());
        assertThrows(ConflictException.class, () -> payments.payRequest(AS_NADIA, asked.id()));
        assertThrows(ConflictException.class, () -> requests.withdraw(AS_CAMILLE, asked.id()));
    }

    @Test
    void onlyTheAskerWithdrawsARequestThatWaits() {
        RequestView asked = ask(20);

        assertThrows(AccessDeniedException.class, () -> requests.withdraw(AS_NADIA, asked.id()));
        assertEquals(
                PaymentRequest.Status.WITHDRAWN,
                requests.withdraw(AS_CAMILLE, asked.id()).status());
        assertThrows(ConflictException.class, () -> payments.payRequest(AS_NADIA, asked.id()));
    }

    @Test
    void aRequestNamesAnotherActiveMemberAnAmountAndTheHelpGiven() {
        assertEquals(
                "timebank.request.self",
                assertThrows(
                                RuleViolation.class,
                                () -> requests.ask(AS_CAMILLE, CAMILLE, 30L, "Aide", null))
                        .errors()
                        .get(0)
                        .messageKey());
        assertEquals(
                "timebank.member.unknown",
                assertThrows(
                                RuleViolation.class,
                                () -> requests.ask(AS_CAMILLE, 999L, 30L, "Aide", null))
                        .errors()
                        .get(0)
                        .messageKey());
        assertEquals(
                "timebank.request.memo",
                assertThrows(
                                RuleViolation.class,
                                () -> requests.ask(AS_CAMILLE, NADIA, 30L, "  ", null))
                        .errors()
                        .get(0)
                        .messageKey());
        assertEquals(
                "minutes",
                assertThrows(
                                RuleViolation.class,
                                () -> requests.ask(AS_CAMILLE, NADIA, 0L, "Aide", null))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(List.of(), requests.of(CAMILLE));
        assertEquals(List.of(), notices);
    }

    @Test
    void aMemberHasAtMostTwentyRequestsWaiting() {
        for (int i = 0; i < PaymentRequests.PENDING_MAX; i++) {
            ask(10 + i);
        }

        RuleViolation tooMany = assertThrows(RuleViolation.class, () -> ask(15));

        assertEquals("timebank.request.too-many", tooMany.errors().get(0).messageKey());
        requests.withdraw(AS_CAMILLE, requests.of(CAMILLE).get(0).id());
        assertEquals(PaymentRequest.Status.PENDING, ask(15).status());
    }

    @Test
    void theListShowsWaitingRequestsFirstThenTheNewest() {
        RequestView first = ask(10);
        RequestView second = ask(20);
        RequestView third = requests.ask(AS_JULIEN, CAMILLE, 30L, "Relecture de fiche", null);
        requests.withdraw(AS_CAMILLE, second.id());

        assertEquals(
                List.of(third.id(), first.id(), second.id()),
                requests.of(CAMILLE).stream().map(RequestView::id).toList());
        assertEquals(
                List.of(first.id(), second.id()),
                requests.of(NADIA).stream().map(RequestView::id).toList());
    }
}
