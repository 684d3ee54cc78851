package org.relais.timebank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HoursFormatTest {
    @ParameterizedTest
    @CsvSource({
        "195, 3 h 15",
        "180, 3 h",
        "45, 45 min",
        "65, 1 h 05",
        "0, 0 h",
        "-150, \u22122 h 30",
        "-600, \u221210 h",
        "-5, \u22125 min",
        "2400, 40 h"
    })
    void amountsReadAsPeopleSayThem(long minutes, String expected) {
        assertEquals(expected, HoursFormat.format(minutes));
    }

    @Test
    void formFieldsBecomeMinutes() {
        assertEquals(150, HoursFormat.minutes(2, 30));
        assertEquals(59, HoursFormat.minutes(0, 59));
        assertThrows(IllegalArgumentException.class, () -> HoursFormat.minutes(1, 60));
        assertThrows(IllegalArgumentException.class, () -> HoursFormat.minutes(-1, 0));
    }
}
