package org.relais.directory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.relais.directory.domain.MembershipState.CURRENT;
import static org.relais.directory.domain.MembershipState.REMINDED;
import static org.relais.directory.domain.MembershipState.REMINDER_DUE;
import static org.relais.directory.domain.MembershipState.STALE;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MembershipTest {

    private static final LocalDate JOINED = LocalDate.parse("2023-06-01");

    static Stream<Arguments> states() {
        return Stream.of(
                // last update, today, reminder sent on → state
                state("2024-01-15", "2024-01-15", null, CURRENT),
                state("2024-01-15", "2024-12-14", null, CURRENT),
                state("2024-01-15", "2024-12-15", null, REMINDER_DUE),
                state("2024-01-15", "2024-12-15", "2024-12-15", REMINDED),
                state("2024-01-15", "2025-01-14", null, REMINDER_DUE),
                state("2024-01-15", "2025-01-14", "2024-12-20", REMINDED),
                state("2024-01-15", "2025-01-15", null, STALE),
                state("2024-01-15", "2025-01-15", "2024-12-15", STALE),
                state("2024-01-15", "2026-03-01", null, STALE),
                // a reminder from before the last update belongs to the previous period
                state("2024-01-15", "2024-12-20", "2024-01-10", REMINDER_DUE),
                state("2024-01-15", "2024-12-20", "2024-01-15", REMINDED),
                // months of different lengths: 31 March + 11 months is 28 February
                state("2024-03-31", "2025-02-27", null, CURRENT),
                state("2024-03-31", "2025-02-28", null, REMINDER_DUE),
                state("2024-03-31", "2025-03-30", null, REMINDER_DUE),
                state("2024-03-31", "2025-03-31", null, STALE),
                state("2024-02-29", "2025-02-27", null, REMINDER_DUE),
                state("2024-02-29", "2025-02-28", null, STALE));
    }

    @ParameterizedTest(name = "updated {0}, on {1}, reminded {2}: {3}")
    @MethodSource("states")
    void stateFollowsTheTimeSinceTheLastUpdate(
            LocalDate lastUpdate,
            LocalDate today,
            LocalDate reminderSentOn,
            MembershipState state) {
        Membership membership = new Membership(JOINED, lastUpdate, reminderSentOn);

        assertEquals(state, membership.state(today));
    }

    @Test
    void lastsTwelveMonthsFromTheLastUpdate() {
        Membership membership = new Membership(JOINED, LocalDate.parse("2024-01-15"), null);

        assertEquals(LocalDate.parse("2024-12-15"), membership.reminderDueOn());
        assertEquals(LocalDate.parse("2025-01-15"), membership.expiresOn());
    }

    @Test
    void anUpdateRenewsTheMembershipAndForgetsTheReminder() {
        Membership stale =
                new Membership(
                        JOINED, LocalDate.parse("2024-01-15"), LocalDate.parse("2024-12-15"));
        LocalDate today = LocalDate.parse("2025-03-10");

        Membership renewed = stale.updated(today);

        assertEquals(JOINED, renewed.joinedAt());
        assertEquals(today, renewed.lastUpdate());
        assertNull(renewed.reminderSentOn());
        assertEquals(CURRENT, renewed.state(today));
        assertEquals(LocalDate.parse("2026-03-10"), renewed.expiresOn());
    }

    @Test
    void aReminderIsRecordedForTheCurrentPeriod() {
        Membership due = new Membership(JOINED, LocalDate.parse("2024-01-15"), null);
        LocalDate today = LocalDate.parse("2024-12-16");

        Membership reminded = due.reminded(today);

        assertEquals(REMINDER_DUE, due.state(today));
        assertEquals(REMINDED, reminded.state(today));
        assertEquals(today, reminded.reminderSentOn());
    }

    @Test
    void joiningCountsAsTheFirstUpdate() {
        LocalDate today = LocalDate.parse("2024-05-02");

        Membership membership = Membership.joined(today);

        assertEquals(CURRENT, membership.state(today));
        assertEquals(LocalDate.parse("2025-05-02"), membership.expiresOn());
    }

    @Test
    void cannotBeUpdatedBeforeJoining() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Membership(JOINED, JOINED.minusDays(1), null));
    }

    private static Arguments state(
            String lastUpdate, String today, String reminderSentOn, MembershipState state) {
        return Arguments.of(
                LocalDate.parse(lastUpdate),
                LocalDate.parse(today),
                reminderSentOn == null ? null : LocalDate.parse(reminderSentOn),
                state);
    }
}
