package org.relais.platform.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailPacingTest {
    @ParameterizedTest(name = "{0} after {1} mails this hour, limit {2} → {3}")
    @CsvSource({
        "IMMEDIATE, 0, 10, MAIL_NOW",
        "IMMEDIATE, 9, 10, MAIL_NOW",
        "IMMEDIATE, 10, 10, WAIT_FOR_DIGEST",
        "IMMEDIATE, 25, 10, WAIT_FOR_DIGEST",
        "IMMEDIATE, 0, 0, WAIT_FOR_DIGEST",
        "DAILY, 0, 10, WAIT_FOR_DIGEST",
        "WEEKLY, 0, 10, WAIT_FOR_DIGEST",
        "NEVER, 0, 10, SKIP",
        "NEVER, 50, 10, SKIP",
    })
    void decidesWhatBecomesOfANewNotification(
            EmailFrequency frequency, long mailed, int limit, MailPacing.Decision expected) {
        assertEquals(expected, new MailPacing(limit).decide(frequency, mailed));
    }
}
