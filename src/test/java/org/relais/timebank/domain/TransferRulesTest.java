package org.relais.timebank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relais.platform.error.RuleViolation;

class TransferRulesTest {
    private static final long POOL = 0;
    private static final long ALICE = 1;
    private static final long BRUNO = 2;
    private static final long HOLD = 9;

    private static AccountState member(long id, long balance) {
        return new AccountState(id, AccountKind.MEMBER, balance, AccountBounds.MEMBER_DEFAULT);
    }

    private static AccountState pool(long balance) {
        return new AccountState(POOL, AccountKind.POOL, balance, AccountBounds.NEVER_NEGATIVE);
    }

    @ParameterizedTest(name = "payer {0}, receiver {1}, pays {2} → credited {3}, overflow {4}")
    @CsvSource({
        // payer balance, receiver balance, minutes, credited, overflow to the pool
        "0, 0, 90, 90, 0",
        "-500, 0, 100, 100, 0", // exactly down to the floor (−10 h)
        "600, 2300, 100, 100, 0", // exactly up to the ceiling (+40 h)
        "600, 2310, 240, 90, 150", // 2 h 30 over the ceiling go to the pool
        "600, 2400, 60, 0, 60", // already at the ceiling: all to the pool
        "600, 2500, 60, 0, 60" // above a lowered ceiling: all to the pool
    })
    void paymentsCreditUnderTheCeilingAndOverflowToThePool(
            long payerBalance, long receiverBalance, long minutes, long credited, long overflow) {
        TransferPlan plan =
                TransferRules.pay(
                        member(ALICE, payerBalance),
                        member(BRUNO, receiverBalance),
                        pool(0),
                        minutes);

        assertEquals(TransferKind.PAYMENT, plan.kind());
        assertEquals(-minutes, plan.change(ALICE));
        assertEquals(credited, plan.change(BRUNO));
        assertEquals(overflow, plan.change(POOL));
        assertEquals(credited, plan.creditedMinutes());
        assertEquals(overflow, plan.overflowMinutes());
    }

    @ParameterizedTest(name = "payer at {0} cannot pay {1}: {2} available")
    @CsvSource({"-500, 101, 1 h 40", "-600, 1, 0 h", "0, 601, 10 h", "-700, 10, 0 h"})
    void aPaymentUnderTheFloorIsRefusedSayingWhatIsAvailable(
            long payerBalance, long minutes, String available) {
        RuleViolation refusal =
                assertThrows(
                        RuleViolation.class,
                        () ->
                                TransferRules.pay(
                                        member(ALICE, payerBalance),
                                        member(BRUNO, 0),
                                        pool(0),
                                        minutes));

        assertEquals("timebank.refused.floor", refusal.errors().get(0).messageKey());
        assertEquals(available, refusal.errors().get(0).arguments()[0]);
    }

    @Test
    void nothingOrNegativeAmountsAndPayingOneselfAreRefused() {
        assertRefused(
                "timebank.refused.amount",
                () -> TransferRules.pay(member(ALICE, 0), member(BRUNO, 0), pool(0), 0));
        assertRefused(
                "timebank.refused.amount",
                () -> TransferRules.pay(member(ALICE, 0), member(BRUNO, 0), pool(0), -30));
        assertRefused(
                "timebank.refused.self",
                () -> TransferRules.pay(member(ALICE, 0), member(ALICE, 0), pool(0), 30));
    }

    @Test
    void aGrantComesFromThePoolAndNeverOverflowsBackIntoIt() {
        TransferPlan plan = TransferRules.grant(pool(300), member(ALICE, -600), 120);
        assertEquals(-120, plan.change(POOL));
        assertEquals(120, plan.change(ALICE));

        assertRefused(
                "timebank.refused.pool",
                () -> TransferRules.grant(pool(100), member(ALICE, 0), 120));
        RuleViolation above =
                assertThrows(
                        RuleViolation.class,
                        () -> TransferRules.grant(pool(1000), member(ALICE, 2300), 120));
        assertEquals("timebank.refused.grant-ceiling", above.errors().get(0).messageKey());
        assertEquals("1 h 40", above.errors().get(0).arguments()[0]);
    }

    @Test
    void meltingMovesAPositiveBalanceToThePool() {
        TransferPlan plan = TransferRules.melt(member(ALICE, 1000), pool(0), 50);
        assertEquals(-50, plan.change(ALICE));
        assertEquals(50, plan.change(POOL));
        assertThrows(
                IllegalArgumentException.class,
                () -> TransferRules.melt(member(ALICE, 40), pool(0), 50));
    }

    @Test
    void aHoldIsSetAsideThenSettledAndTheRestReleased() {
        AccountState hold =
                new AccountState(HOLD, AccountKind.HOLD, 0, AccountBounds.NEVER_NEGATIVE);
        TransferPlan set = TransferRules.hold(member(ALICE, 100), hold, pool(0), 180);
        assertEquals(-180, set.change(ALICE));
        assertEquals(180, set.change(HOLD));

        AccountState held = hold.withBalance(180);
        TransferPlan settled = TransferRules.settle(held, member(BRUNO, 2350), pool(0), 120);
        assertEquals(-120, settled.change(HOLD));
        assertEquals(50, settled.change(BRUNO));
        assertEquals(70, settled.change(POOL));

        TransferPlan released =
                TransferRules.release(held.withBalance(60), member(ALICE, -80), pool(70), 60);
        assertEquals(60, released.change(ALICE));
        assertRefused(
                "timebank.refused.hold",
                () -> TransferRules.settle(held.withBalance(60), member(BRUNO, 0), pool(0), 61));
        assertRefused(
                "timebank.refused.floor",
                () -> TransferRules.hold(member(ALICE, -550), hold, pool(0), 60));
    }

    @Test
    void aReversalGivesBackWhatEachAccountReceived() {
        TransferPlan original =
                TransferRules.pay(member(ALICE, 600), member(BRUNO, 2310), pool(0), 240);
        Map<Long, AccountState> now =
                Map.of(ALICE, member(ALICE, 360), BRUNO, member(BRUNO, 2400), POOL, pool(150));

        TransferPlan reversal = TransferRules.reverse(original, now, ALICE, POOL);

        assertEquals(TransferKind.REVERSAL, reversal.kind());
        assertEquals(240, reversal.change(ALICE));
        assertEquals(-90, reversal.change(BRUNO));
        assertEquals(-150, reversal.change(POOL));
    }

    @Test
    void aReversalOverflowsWhenTheSourceIsNowAtItsCeiling() {
        TransferPlan original = TransferRules.pay(member(ALICE, 0), member(BRUNO, 0), pool(0), 120);
        Map<Long, AccountState> now =
                Map.of(ALICE, member(ALICE, 2350), BRUNO, member(BRUNO, 120), POOL, pool(0));

        TransferPlan reversal = TransferRules.reverse(original, now, ALICE, POOL);

        assertEquals(50, reversal.change(ALICE));
        assertEquals(-120, reversal.change(BRUNO));
        assertEquals(70, reversal.change(POOL));
        assertEquals(
                List.of(120L, 50L, 70L),
                List.of(
                        reversal.requestedMinutes(),
                        reversal.creditedMinutes(),
                        reversal.overflowMinutes()));
    }

    @Test
    void aReversalIsRefusedWhenTheReceiverHasSpentBeyondItsFloor() {
        TransferPlan original = TransferRules.pay(member(ALICE, 0), member(BRUNO, 0), pool(0), 300);
        Map<Long, AccountState> now =
                Map.of(ALICE, member(ALICE, -300), BRUNO, member(BRUNO, -400), POOL, pool(0));

        assertRefused(
                "timebank.refused.reverse-floor",
                () -> TransferRules.reverse(original, now, ALICE, POOL));
        TransferPlan reversal =
                TransferRules.reverse(
                        original,
                        Map.of(ALICE, member(ALICE, -300), BRUNO, member(BRUNO, 0), POOL, pool(0)),
                        ALICE,
                        POOL);
        assertRefused(
                "timebank.refused.reverse-reversal",
                () -> TransferRules.reverse(reversal, now, ALICE, POOL));
    }

    private static void assertRefused(String key, Runnable transfer) {
        RuleViolation refusal = assertThrows(RuleViolation.class, transfer::run);
        assertEquals(key, refusal.errors().get(0).messageKey());
    }
}
