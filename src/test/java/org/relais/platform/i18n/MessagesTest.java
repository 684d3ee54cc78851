package org.relais.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Messages with a count agree with it, as a French or English reader expects. */
class MessagesTest {
    private final Messages messages = new Messages();

    @ParameterizedTest
    @CsvSource({
        "fr, 1, Trop de tentatives en peu de temps. Réessayez dans 1 seconde.",
        "fr, 2, Trop de tentatives en peu de temps. Réessayez dans 2 secondes.",
        "en, 1, Too many attempts in a short time. Try again in 1 second.",
        "en, 42, Too many attempts in a short time. Try again in 42 seconds."
    })
    void theWaitBeforeRetryingIsSingularOrPlural(String language, long seconds, String expected) {
        assertEquals(expected, messages.get(Locale.forLanguageTag(language), "error.429", seconds));
    }
}
