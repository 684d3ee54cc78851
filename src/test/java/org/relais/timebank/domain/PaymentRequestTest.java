package org.relais.timebank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A payment request ends once, by its payer or its asker; a payment always has the last word. */
class PaymentRequestTest {
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-25T11:00:00Z");

    static PaymentRequest request() {
        return new PaymentRequest(1, 2, 45, "Atelier tableur", null, NOW);
    }

    @Test
    void aRequestNamesTwoMembersAndAtLeastOneMinute() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new PaymentRequest(1, 1, 45, "Moi-même", null, NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> new PaymentRequest(1, 2, 0, "Rien", null, NOW));
        assertEquals(PaymentRequest.Status.PENDING, request().status());
    }

    @Test
    void aRefusedOrWithdrawnRequestCannotBeAnsweredAgain() {
        PaymentRequest refused = request();
        refused.refuse("Nous avions dit une heure", NOW);
        assertThrows(IllegalStateException.class, () -> refused.withdraw(NOW));
        assertThrows(IllegalStateException.class, () -> refused.refuse("Encore", NOW));

        PaymentRequest withdrawn = request();
        withdrawn.withdraw(NOW);
        assertThrows(IllegalStateException.class, () -> withdrawn.refuse("Trop tard", NOW));
    }

    @Test
    void aPaymentMadeWhileTheRequestWasEndedStillMarksItPaid() {
        PaymentRequest request = request();
        request.refuse("Je préfère en parler", NOW);

        request.paid(77, NOW.plusSeconds(1));

        assertEquals(PaymentRequest.Status.PAID, request.status());
        assertEquals(77L, request.transferId());
    }
}
