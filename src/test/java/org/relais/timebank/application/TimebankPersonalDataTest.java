package org.relais.timebank.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.accounts.application.AccountService;
import org.relais.platform.notification.Notification;
import org.relais.platform.notification.Notifications;
import org.relais.platform.security.Caller;
import org.relais.timebank.application.TimebankPersonalData.EntryData;
import org.relais.timebank.application.TimebankPersonalData.OfferData;
import org.relais.timebank.application.TimebankPersonalData.TimebankData;
import org.relais.timebank.domain.Offer;
import org.relais.timebank.domain.PaymentRequest;

/**
 * A member's time-bank export names the other member of each entry as their own history does, the
 * pool and holds by nobody, and gives the overflow to the pool only on the credit that lost it.
 */
class TimebankPersonalDataTest {
    static final long ANOUK = 21;
    static final long BILAL = 22;
    static final Caller COORDINATOR = InMemoryTimebank.COORDINATOR;

    InMemoryTimebank ledger;
    LedgerService service;
    HoldService holds;
    TimebankPersonalData export;

    @BeforeEach
    void setUp() {
        ledger = new InMemoryTimebank();
        service = ledger.service("2026-11-24T09:00:00Z");
        holds = new HoldService();
        holds.repository = ledger;
        holds.writer = service.writer;
        export = new TimebankPersonalData();
        export.repository = ledger;
        export.accounts = new Names(Map.of(ANOUK, "Anouk Payeuse", BILAL, "Bilal Receveur"));
        export.notifications = new NoMessages();
    }

    @Test
    void eachEntryNamesTheOtherMemberAndTheOverflowGoesWithTheCredit() {
        service.bound(COORDINATOR, BILAL, -600L, 60L);
        service.pay(
                new Caller(ANOUK, "Anouk Payeuse", Set.of(Caller.MEMBER)),
                new PayHours(BILAL, 90L, "Atelier tablette", null, "cle-1"));
        service.grant(COORDINATOR, ANOUK, 20L, "Bienvenue à Anouk");
        holds.hold(ANOUK, 30, "Prime sur la question 42");

        TimebankData anouk = export.of(ANOUK);
        TimebankData bilal = export.of(BILAL);

        assertEquals(-100, anouk.account().balanceMinutes());
        assertEquals(
                List.of(
                        "PAYMENT -90 Bilal Receveur Atelier tablette +0",
                        "GRANT 20 null Bienvenue à Anouk +0",
                        "HOLD -30 null Prime sur la question 42 +0"),
                anouk.entries().stream().map(TimebankPersonalDataTest::line).toList());
        assertEquals(String.valueOf(BILAL), anouk.entries().get(0).counterpartId());
        assertEquals(1, anouk.holds().size());
        assertEquals(30, anouk.holds().get(0).heldMinutes());
        assertEquals("OPEN", anouk.holds().get(0).status());
        assertEquals(
                List.of("PAYMENT 60 Anouk Payeuse Atelier tablette +30"),
                bilal.entries().stream().map(TimebankPersonalDataTest::line).toList());
        assertEquals(60, bilal.account().ceilingMinutes());
        assertEquals(List.of(), bilal.holds());
    }

    @Test
    void aMemberWhoNeverUsedTheTimeBankHasNoAccountAndNothingElse() {
        TimebankData nobody = export.of(ANOUK);

        assertNull(nobody.account());
        assertEquals(List.of(), nobody.entries());
        assertEquals(List.of(), nobody.offersAndRequests());
    }

    @Test
    void anOfferIsExportedWithTheWordsTypedForEachTag() {
        ledger.store(
                new Offer(
                        ANOUK,
                        new Offer.Content(
                                Offer.Kind.OFFER,
                                "Lecteur d’écran",
                                "Je montre NVDA.",
                                Map.of("lecteur-d-ecran", "lecteur d’écran", "nvda", "NVDA"),
                                null,
                                true,
                                60),
                        OffsetDateTime.parse("2026-11-24T09:00:00Z")));

        OfferData offer = export.of(ANOUK).offersAndRequests().get(0);

        assertEquals(List.of("lecteur-d-ecran", "nvda"), offer.tags());
        assertEquals(
                Map.of("lecteur-d-ecran", "lecteur d’écran", "nvda", "NVDA"), offer.tagLabels());
    }

    static String line(EntryData entry) {
        return entry.kind()
                + " "
                + entry.minutes()
                + " "
                + entry.counterpart()
                + " "
                + entry.memo()
                + " +"
                + entry.overflowToPoolMinutes();
    }

    /** Display names from a table, as the accounts give them. */
    @Test
    void bothMembersOfAPaymentRequestFindItInTheirExport() {
        ledger.store(
                new PaymentRequest(
                        ANOUK,
                        BILAL,
                        45,
                        "Réglages de la tablette",
                        null,
                        OffsetDateTime.parse("2026-11-24T10:00:00Z")));

        TimebankPersonalData.PaymentRequestData sent = export.of(ANOUK).paymentRequests().get(0);
        TimebankPersonalData.PaymentRequestData received =
                export.of(BILAL).paymentRequests().get(0);

        assertEquals("SENT", sent.direction());
        assertEquals("Bilal Receveur", sent.counterpart());
        assertEquals("RECEIVED", received.direction());
        assertEquals("Anouk Payeuse", received.counterpart());
        assertEquals(45, received.minutes());
        assertEquals("PENDING", received.status());
    }

    static final class Names extends AccountService {
        final Map<Long, String> names;

        Names(Map<Long, String> names) {
            this.names = names;
        }

        @Override
        public Map<Long, String> displayNames(Collection<Long> accountIds) {
            Map<Long, String> found = new HashMap<>();
            accountIds.forEach(id -> found.put(id, names.get(id)));
            return found;
        }
    }

    static final class NoMessages extends Notifications {
        @Override
        public List<Notification> receivedOrCaused(long accountId, String kind) {
            return List.of();
        }
    }
}
