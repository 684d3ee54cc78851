package org.relais.agenda.domain;

import java.time.ZonedDateTime;

/**
 * One time an event takes place, in Paris time. {@code originalStart} identifies it within its
 * series (the iCalendar RECURRENCE-ID) even when it was moved; {@code cancelled} is true when the
 * whole event or this occurrence is off.
 */
public record Occurrence(
        ZonedDateTime start,
        ZonedDateTime end,
        ZonedDateTime originalStart,
        boolean moved,
        boolean cancelled) {}
