package org.relais.agenda.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A member's registration to one occurrence of an event with a capacity: a seat, or a place in the
 * waiting line. Seats are counted per occurrence ({@link OccurrenceKey}).
 */
@Entity
@Table(name = "agenda_booking")
public class Registration {
    public enum Status {
        CONFIRMED,
        WAITING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private long eventId;

    @Column(name = "occurrence_key", nullable = false, updatable = false, length = 20)
    private String occurrenceKey;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Registration() {}

    public Registration(
            long eventId, String occurrenceKey, long accountId, Status status, OffsetDateTime now) {
        this.eventId = eventId;
        this.occurrenceKey = Objects.requireNonNull(occurrenceKey);
        this.accountId = accountId;
        this.status = Objects.requireNonNull(status);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** A seat was freed: the first in line gets it. */
    public void promote() {
        status = Status.CONFIRMED;
    }

    public Long id() {
        return id;
    }

    public long eventId() {
        return eventId;
    }

    public String occurrenceKey() {
        return occurrenceKey;
    }

    public long accountId() {
        return accountId;
    }

    public Status status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
