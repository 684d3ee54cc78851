package org.relais.newsletter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionTest {
    static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-24T10:00:00+01:00");

    @Test
    void theConfirmationTokenWorksOnceAndOnlyBeforeItExpires() {
        Subscription s = Subscription.requested("a@exemple.fr", T0);
        String token = s.request(EnumSet.of(Topic.AGENDA), "53", T0);
        assertFalse(s.confirmed());
        assertFalse(s.confirm("not-the-token", T0));
        assertTrue(s.confirm(token, T0.plusDays(1)));
        assertTrue(s.confirmed());
        assertFalse(s.confirm(token, T0.plusDays(1)), "single use");

        Subscription late = Subscription.requested("b@exemple.fr", T0);
        String lateToken = late.request(EnumSet.of(Topic.AGENDA), null, T0);
        assertFalse(late.confirm(lateToken, T0.plus(Subscription.CONFIRMATION_TTL)));
        assertTrue(late.expired(T0.plus(Subscription.CONFIRMATION_TTL)));
    }

    @Test
    void aNewRequestReplacesTheEarlierLinkButNeverTouchesAConfirmedSubscription() {
        Subscription s = Subscription.requested("a@exemple.fr", T0);
        String first = s.request(EnumSet.of(Topic.AGENDA), null, T0);
        String second = s.request(EnumSet.of(Topic.KITS), null, T0);
        assertNotEquals(first, second);
        assertFalse(s.confirm(first, T0));
        assertTrue(s.confirm(second, T0));
        assertNull(s.request(EnumSet.of(Topic.FORUM), "76", T0), "already confirmed");
        assertEquals(Set.of(Topic.KITS), s.topics());
        assertNull(s.region());
    }

    @Test
    void unsubscribingKeepsTheAddressAndItsLinkForALaterReturn() {
        Subscription s = Subscription.requested("a@exemple.fr", T0);
        s.confirm(s.request(EnumSet.allOf(Topic.class), null, T0), T0);
        String link = s.unsubscribeToken();
        s.unsubscribe(T0);
        assertEquals(SubscriptionStatus.UNSUBSCRIBED, s.status());
        String again = s.request(EnumSet.of(Topic.FORUM), null, T0);
        assertTrue(s.confirm(again, T0));
        assertEquals(link, s.unsubscribeToken());
    }

    @Test
    void oneClickHeadersFollowRfc8058() {
        Map<String, String> headers =
                UnsubscribeHeaders.of(
                        "https://relais.example.org/lettre/desabonnement/abc",
                        "desabonnement@relais.example.org");
        assertEquals(
                "<https://relais.example.org/lettre/desabonnement/abc>,"
                        + " <mailto:desabonnement@relais.example.org?subject=unsubscribe>",
                headers.get("List-Unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", headers.get("List-Unsubscribe-Post"));
        assertEquals(
                "<https://relais.example.org/x>",
                UnsubscribeHeaders.of("https://relais.example.org/x", null)
                        .get("List-Unsubscribe"));
    }
}
