package org.relais.newsletter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DeliveryTest {
    static final OffsetDateTime T0 = OffsetDateTime.parse("2026-12-01T07:00:00+01:00");
    static final Duration RETRY = Duration.ofMinutes(1);

    @Test
    void aCopyIsClaimedThenSentAndNeverClaimedAgain() {
        Delivery copy = new Delivery(1, 2);
        assertTrue(copy.claimable(T0));
        copy.claim(T0);
        assertFalse(copy.claimable(T0.plusHours(1)), "a claimed copy is not taken twice");
        copy.sent(T0.plusSeconds(1));
        assertEquals(DeliveryState.SENT, copy.state());
        assertTrue(copy.state().settled());
        assertFalse(copy.claimable(T0.plusDays(1)));
        assertThrows(IllegalStateException.class, () -> copy.claim(T0.plusDays(1)));
    }

    @Test
    void aRefusedCopyIsRetriedLaterThenGivenUp() {
        Delivery copy = new Delivery(1, 2);
        copy.claim(T0);
        copy.failed("451 try later", T0, 3, RETRY);
        assertEquals(DeliveryState.FAILED, copy.state());
        assertFalse(copy.claimable(T0.plusSeconds(30)), "waits before retrying");
        assertTrue(copy.claimable(T0.plus(RETRY)));
        copy.claim(T0.plus(RETRY));
        copy.failed("451 try later", T0.plus(RETRY), 3, RETRY);
        assertFalse(copy.claimable(T0.plus(RETRY).plusSeconds(90)), "the wait grows");
        copy.claim(T0.plus(RETRY).plus(RETRY.multipliedBy(2)));
        copy.failed("550 no such user", T0.plusHours(1), 3, RETRY);
        assertEquals(DeliveryState.GAVE_UP, copy.state());
        assertEquals(3, copy.attempts());
        assertEquals("550 no such user", copy.lastError());
        assertTrue(copy.state().settled());
    }

    @Test
    void aClaimLeftByADeadSenderBecomesUncertainAndIsNeverResent() {
        Delivery copy = new Delivery(1, 2);
        copy.claim(T0);
        Duration stale = Duration.ofMinutes(1);
        assertFalse(copy.abandon(T0.plusSeconds(20), stale), "its sender may still be at work");
        assertTrue(copy.abandon(T0.plus(stale), stale));
        assertEquals(DeliveryState.UNCERTAIN, copy.state());
        assertTrue(copy.state().settled());
        assertFalse(copy.claimable(T0.plusDays(1)), "at most once: never sent again");
    }

    @Test
    void onlyAClaimedCopyCanBeMarked() {
        Delivery copy = new Delivery(1, 2);
        assertThrows(IllegalStateException.class, () -> copy.sent(T0));
        assertThrows(IllegalStateException.class, () -> copy.failed("x", T0, 3, RETRY));
        assertFalse(copy.abandon(T0.plusDays(1), Duration.ofMinutes(1)));
    }
}
