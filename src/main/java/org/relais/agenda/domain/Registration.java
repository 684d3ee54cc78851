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

/** A member's registration to an event with a capacity: a seat, or a place in the waiting line. */
@Entity
@Table(name = "agenda_registration")
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

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Registration() {}

    public Registration(long eventId, long accountId, Status status, OffsetDateTime now) {
        this.eventId = eventId;
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
