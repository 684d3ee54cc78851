package org.relais.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One row of the search outbox: "this document changed", written in the same transaction. */
@Entity
@Table(name = "search_outbox")
public class OutboxEntry {
    public enum Operation {
        UPSERT,
        DELETE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entity_type", nullable = false, length = 40)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 64)
    private String entityId;

    @Column(nullable = false, length = 10)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Operation operation;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected OutboxEntry() {}

    OutboxEntry(String entityType, String entityId, Operation operation, OffsetDateTime createdAt) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.operation = operation;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public Operation operation() {
        return operation;
    }
}
