package org.relais.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateTextTest {
    private static final DateTimeFormatter FRENCH =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

    @Test
    void theFirstOfTheMonthIsAnOrdinalInFrench() {
        assertEquals("mardi 1er décembre 2026", DateText.format(FRENCH, LocalDate.of(2026, 12, 1)));
        assertEquals("vendredi 1er août 2025", DateText.format(FRENCH, LocalDate.of(2025, 8, 1)));
        assertEquals(
                "1er février, 10h00",
                DateText.format(
                        DateTimeFormatter.ofPattern("d MMMM, HH'h'mm", Locale.FRANCE),
                        LocalDateTime.of(2026, 2, 1, 10, 0)));
    }

    @Test
    void abbreviatedMonthsTakeTheOrdinalToo() {
        DateTimeFormatter abbreviated = DateTimeFormatter.ofPattern("EEE d MMM", Locale.FRENCH);
        assertEquals("mar. 1er déc.", DateText.format(abbreviated, LocalDate.of(2026, 12, 1)));
        assertEquals("mer. 1er juil.", DateText.format(abbreviated, LocalDate.of(2026, 7, 1)));
        assertEquals("ven. 1er mai", DateText.format(abbreviated, LocalDate.of(2026, 5, 1)));
        assertEquals("mer. 2 déc.", DateText.format(abbreviated, LocalDate.of(2026, 12, 2)));
        assertEquals("1 décor", DateText.inLanguage("1 décor", Locale.FRENCH));
    }

    @Test
    void otherDaysAndOtherNumbersStayAsTheyAre() {
        for (int day : new int[] {2, 10, 11, 21, 31}) {
            LocalDate date = LocalDate.of(2026, 12, day);
            assertEquals(FRENCH.format(date), DateText.format(FRENCH, date));
        }
        assertEquals(
                "Ouvert de 9 h à 1 heure",
                DateText.inLanguage("Ouvert de 9 h à 1 heure", Locale.FRENCH));
    }

    @Test
    void englishIsLeftAlone() {
        DateTimeFormatter english = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
        assertEquals(
                "Tuesday 1 December 2026", DateText.format(english, LocalDate.of(2026, 12, 1)));
    }
}
