package org.relais.timebank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.relais.platform.error.ConflictException;

/**
 * Hours a member set aside for a purpose (a bounty on a question, a beta-test reward), in an
 * account of their own until they are paid to whoever earned them or released back.
 */
@Entity
@Table(name = "timebank_hold")
public class Hold {
    public static final int PURPOSE_MAX = 120;

    public enum Status {
        OPEN,
        SETTLED,
        RELEASED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = PURPOSE_MAX)
    private String purpose;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version private long version;

    protected Hold() {}

    public Hold(String purpose, long ownerId, long accountId, OffsetDateTime now) {
        this.purpose = Objects.requireNonNull(purpose);
        this.ownerId = ownerId;
        this.accountId = accountId;
        this.status = Status.OPEN;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Closes the hold; a closed hold cannot be settled or released again. */
    public void close(Status outcome) {
        if (status != Status.OPEN) {
            throw new ConflictException("timebank.hold.closed");
        }
        status = outcome;
    }

    public Long id() {
        return id;
    }

    public String purpose() {
        return purpose;
    }

    public long ownerId() {
        return ownerId;
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
