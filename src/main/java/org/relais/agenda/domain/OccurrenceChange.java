package org.relais.agenda.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An exception to a recurring event: the occurrence that would start at {@code originalStart} is
 * cancelled, or takes place from {@code movedStart} to {@code movedEnd} instead.
 */
@Embeddable
public class OccurrenceChange {
    @Column(name = "original_start", nullable = false)
    private OffsetDateTime originalStart;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "moved_start")
    private OffsetDateTime movedStart;

    @Column(name = "moved_end")
    private OffsetDateTime movedEnd;

    protected OccurrenceChange() {}

    private OccurrenceChange(
            OffsetDateTime originalStart,
            boolean cancelled,
            OffsetDateTime movedStart,
            OffsetDateTime movedEnd) {
        this.originalStart = Objects.requireNonNull(originalStart);
        this.cancelled = cancelled;
        this.movedStart = movedStart;
        this.movedEnd = movedEnd;
    }

    public static OccurrenceChange cancelled(OffsetDateTime originalStart) {
        return new OccurrenceChange(originalStart, true, null, null);
    }

    public static OccurrenceChange moved(
            OffsetDateTime originalStart, OffsetDateTime start, OffsetDateTime end) {
        return new OccurrenceChange(
                originalStart, false, Objects.requireNonNull(start), Objects.requireNonNull(end));
    }

    public OffsetDateTime originalStart() {
        return originalStart;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public OffsetDateTime movedStart() {
        return movedStart;
    }

    public OffsetDateTime movedEnd() {
        return movedEnd;
    }

    /** Whether this change is about the occurrence starting at that instant. */
    public boolean concerns(OffsetDateTime start) {
        return originalStart.toInstant().equals(start.toInstant());
    }
}
