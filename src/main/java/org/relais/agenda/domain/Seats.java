package org.relais.agenda.domain;

import java.util.List;

/**
 * The rule of built-in registration: while seats remain a member gets one, else they wait in line
 * in the order they came; when someone with a seat leaves, the first in line takes it. A capacity
 * lowered below the seats given takes none back: it only fills no more.
 */
public final class Seats {
    private Seats() {}

    /** The status a new registration gets, given the event's capacity and who holds a seat. */
    public static Registration.Status forNewcomer(int capacity, long confirmed) {
        return confirmed < capacity ? Registration.Status.CONFIRMED : Registration.Status.WAITING;
    }

    /**
     * Whom to promote after a change: the first of the waiting line (oldest first) while seats
     * remain free.
     */
    public static List<Registration> toPromote(
            int capacity, long confirmed, List<Registration> waitingOldestFirst) {
        long free = Math.max(0, capacity - confirmed);
        return waitingOldestFirst.stream().limit(free).toList();
    }
}
