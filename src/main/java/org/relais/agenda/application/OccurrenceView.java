package org.relais.agenda.application;

import java.time.OffsetDateTime;

/**
 * One time an event takes place, with the event it belongs to; {@code originalStart} names it
 * within its series (registrations are per occurrence), even when it was moved.
 */
public record OccurrenceView(
        EventView event,
        OffsetDateTime start,
        OffsetDateTime end,
        boolean moved,
        boolean cancelled,
        OffsetDateTime originalStart) {
    /** The start in Paris time, as pages show it. */
    public java.time.ZonedDateTime localStart() {
        return start.atZoneSameInstant(org.relais.agenda.domain.Event.ZONE);
    }

    /** The end in Paris time, as pages show it. */
    public java.time.ZonedDateTime localEnd() {
        return end.atZoneSameInstant(org.relais.agenda.domain.Event.ZONE);
    }
}
