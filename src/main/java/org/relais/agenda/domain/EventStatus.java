package org.relais.agenda.domain;

/** Whether an event takes place as announced, is postponed to a date not yet known, or is off. */
public enum EventStatus {
    SCHEDULED,
    POSTPONED,
    CANCELLED
}
