package org.relais.platform.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DigestPlanTest {
    private static final OffsetDateTime NOW =
            OffsetDateTime.of(2026, 3, 2, 7, 0, 0, 0, ZoneOffset.UTC);

    static Notification pending(long recipient, String kind, String subject) {
        return new Notification(
                new Notice(recipient, kind, null, subject, "/forum/sujets/1", ""),
                Notification.MailState.PENDING,
                NOW);
    }

    /** Each member's choice for the kind "k", as in the table below. */
    @ParameterizedTest(name = "{0} digest, kind set to {1} → mailed {2}, dropped {3}")
    @CsvSource({
        "DAILY, DAILY, true, false",
        "DAILY, IMMEDIATE, true, false",
        "DAILY, WEEKLY, false, false",
        "DAILY, NEVER, false, true",
        "WEEKLY, WEEKLY, true, false",
        "WEEKLY, DAILY, false, false",
        "WEEKLY, IMMEDIATE, false, false",
        "WEEKLY, NEVER, false, true",
    })
    void takesTheKindsOfItsFrequency(
            EmailFrequency digest, EmailFrequency chosen, boolean mailed, boolean dropped) {
        DigestPlan plan =
                DigestPlan.of(digest, List.of(pending(1, "k", "Sujet")), (id, kind) -> chosen);
        assertEquals(mailed ? 1 : 0, plan.mails().size());
        assertEquals(dropped ? 1 : 0, plan.dropped().size());
    }

    @ParameterizedTest
    @EnumSource(
            value = EmailFrequency.class,
            names = {"DAILY", "WEEKLY"})
    void groupsEverythingOfAMemberInOneMail(EmailFrequency digest) {
        List<Notification> pending =
                List.of(
                        pending(1, "forum.reply", "Atelier smartphone"),
                        pending(2, "forum.reply", "Pass numérique"),
                        pending(1, "qa.answer", "Imprimer une attestation"),
                        pending(1, "forum.mention", "Permanence France services"));
        Map<Long, Map<String, EmailFrequency>> choices =
                Map.of(
                        1L, Map.of("forum.mention", EmailFrequency.NEVER),
                        2L, Map.of());
        DigestPlan plan =
                DigestPlan.of(
                        digest, pending, (id, kind) -> choices.get(id).getOrDefault(kind, digest));
        assertEquals(2, plan.mails().size(), "one mail per member");
        assertEquals(
                List.of("Atelier smartphone", "Imprimer une attestation"),
                plan.mails().get(1L).stream().map(Notification::subject).toList());
        assertEquals(
                List.of("Pass numérique"),
                plan.mails().get(2L).stream().map(Notification::subject).toList());
        assertEquals(
                List.of("Permanence France services"),
                plan.dropped().stream().map(Notification::subject).toList());
    }

    @ParameterizedTest
    @EnumSource(
            value = EmailFrequency.class,
            names = {"DAILY", "WEEKLY"})
    void sendsNothingWhenNothingIsPending(EmailFrequency digest) {
        DigestPlan plan = DigestPlan.of(digest, List.of(), (id, kind) -> digest);
        assertEquals(Map.of(), plan.mails());
    }

    @ParameterizedTest
    @EnumSource(
            value = EmailFrequency.class,
            names = {"IMMEDIATE", "NEVER"})
    void onlyDailyAndWeeklyAreDigests(EmailFrequency notADigest) {
        assertThrows(
                IllegalArgumentException.class,
                () -> DigestPlan.of(notADigest, List.of(), (id, kind) -> notADigest));
    }
}
