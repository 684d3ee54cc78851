package org.relais.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class MailSilenceTest {
    @Test
    void silenceHoldsOnlyDuringTheWorkAndOnlyOnItsThread() throws Exception {
        assertFalse(MailSilence.active());
        boolean otherThread =
                MailSilence.during(
                        () -> {
                            assertTrue(MailSilence.active());
                            return CompletableFuture.supplyAsync(MailSilence::active).join();
                        });
        assertFalse(otherThread);
        assertFalse(MailSilence.active());
    }

    @Test
    void nestedSilenceKeepsTheOuterOneAndAFailureEndsIt() {
        String result =
                MailSilence.during(
                        () -> {
                            MailSilence.during(() -> "inner");
                            return MailSilence.active() ? "still silent" : "broken";
                        });
        assertEquals("still silent", result);
        assertThrows(
                IllegalStateException.class,
                () ->
                        MailSilence.during(
                                () -> {
                                    throw new IllegalStateException("boom");
                                }));
        assertFalse(MailSilence.active());
    }
}
