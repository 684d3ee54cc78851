package org.relais.timebank.domain;

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
 * One movement of minutes, immutable once written: its entries sum to zero, and a mistake is undone
 * by a reversal that points at it. A client key, unique per payer, makes a retried request return
 * this transfer instead of paying twice.
 */
@Entity
@Table(name = "timebank_transfer")
public class Transfer {
    public static final int MEMO_MAX = 500;
    public static final int KEY_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TransferKind kind;

    @Column(name = "payer_member_id")
    private Long payerMemberId;

    @Column(name = "receiver_member_id")
    private Long receiverMemberId;

    @Column(name = "source_account_id", nullable = false)
    private long sourceAccountId;

    @Column(nullable = false)
    private long minutes;

    @Column(name = "credited_minutes", nullable = false)
    private long creditedMinutes;

    @Column(name = "overflow_minutes", nullable = false)
    private long overflowMinutes;

    @Column(name = "payer_balance_after")
    private Long payerBalanceAfter;

    @Column(length = MEMO_MAX)
    private String memo;

    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "idempotency_key", length = KEY_MAX)
    private String idempotencyKey;

    @Column(name = "request_hash", length = 64)
    private String requestHash;

    @Column(name = "reversal_of")
    private Long reversalOf;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    protected Transfer() {}

    /**
     * @param parties who paid and who received, as members (null for the pool or a hold)
     * @param request the client's key and the hash of its body, or nulls
     */
    public Transfer(
            TransferPlan plan,
            Parties parties,
            long sourceAccountId,
            String memo,
            Long offerId,
            ClientRequest request,
            Long reversalOf,
            Long createdBy,
            OffsetDateTime now) {
        this.kind = plan.kind();
        this.payerMemberId = parties.payer();
        this.receiverMemberId = parties.receiver();
        this.sourceAccountId = sourceAccountId;
        this.minutes = plan.requestedMinutes();
        this.creditedMinutes = plan.creditedMinutes();
        this.overflowMinutes = plan.overflowMinutes();
        this.memo = memo;
        this.offerId = offerId;
        this.idempotencyKey = request == null ? null : request.key();
        this.requestHash = request == null ? null : request.hash();
        this.reversalOf = reversalOf;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** The members on each side; null stands for the pool or a hold. */
    public record Parties(Long payer, Long receiver) {}

    /** An Idempotency-Key and the hash of the request it came with. */
    public record ClientRequest(String key, String hash) {}

    /** The id the database gave the transfer when the ledger inserted it by plain SQL. */
    public void stored(long id) {
        if (this.id != null) {
            throw new IllegalStateException("transfer " + this.id + " is already stored");
        }
        this.id = id;
    }

    public void recordPayerBalance(long balance) {
        this.payerBalanceAfter = balance;
    }

    public Long id() {
        return id;
    }

    public TransferKind kind() {
        return kind;
    }

    public Long payerMemberId() {
        return payerMemberId;
    }

    public Long receiverMemberId() {
        return receiverMemberId;
    }

    public long sourceAccountId() {
        return sourceAccountId;
    }

    public long minutes() {
        return minutes;
    }

    public long creditedMinutes() {
        return creditedMinutes;
    }

    public long overflowMinutes() {
        return overflowMinutes;
    }

    public Long payerBalanceAfter() {
        return payerBalanceAfter;
    }

    public String memo() {
        return memo;
    }

    public Long offerId() {
        return offerId;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String requestHash() {
        return requestHash;
    }

    public Long reversalOf() {
        return reversalOf;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public Long createdBy() {
        return createdBy;
    }
}
