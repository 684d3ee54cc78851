package org.relais.agenda.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeatsTest {
    @ParameterizedTest
    @CsvSource({"3,0,CONFIRMED", "3,2,CONFIRMED", "3,3,WAITING", "2,5,WAITING", "1,0,CONFIRMED"})
    void aNewcomerGetsASeatWhileThereAreSome(int capacity, long confirmed, String expected) {
        assertEquals(Registration.Status.valueOf(expected), Seats.forNewcomer(capacity, confirmed));
    }

    @ParameterizedTest
    @CsvSource({"3,2,1", "5,2,3", "3,3,0", "2,4,0", "10,0,3"})
    void freeSeatsGoToTheFirstInLine(int capacity, long confirmed, int promoted) {
        OffsetDateTime now = OffsetDateTime.parse("2026-12-01T10:00:00+01:00");
        List<Registration> line =
                List.of(
                        new Registration(
                                1, OccurrenceKey.ONE_OFF, 11, Registration.Status.WAITING, now),
                        new Registration(
                                1,
                                OccurrenceKey.ONE_OFF,
                                12,
                                Registration.Status.WAITING,
                                now.plusMinutes(1)),
                        new Registration(
                                1,
                                OccurrenceKey.ONE_OFF,
                                13,
                                Registration.Status.WAITING,
                                now.plusMinutes(2)));
        List<Registration> chosen = Seats.toPromote(capacity, confirmed, line);
        assertEquals(line.subList(0, promoted), chosen);
    }
}
