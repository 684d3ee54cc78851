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

/**
 * A member who gave help asks the member they helped for the hours (an invoice, as Cyclos calls
 * it). Nothing moves until the helped member pays it: the payment is an ordinary one, from them to
 * the asker, under the same floor and ceiling. A request ends once: paid, refused with a reason, or
 * withdrawn by its asker.
 */
@Entity
@Table(name = "timebank_payment_request")
public class PaymentRequest {
    public static final int REFUSAL_MAX = 500;

    public enum Status {
        PENDING,
        PAID,
        REFUSED,
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issuer_id", nullable = false)
    private long issuerId;

    @Column(name = "payer_id", nullable = false)
    private long payerId;

    @Column(nullable = false)
    private long minutes;

    @Column(length = Transfer.MEMO_MAX)
    private String memo;

    @Column(name = "offer_id")
    private Long offerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "transfer_id")
    private Long transferId;

    @Column(length = REFUSAL_MAX)
    private String refusal;

    protected PaymentRequest() {}

    public PaymentRequest(
            long issuerId,
            long payerId,
            long minutes,
            String memo,
            Long offerId,
            OffsetDateTime createdAt) {
        if (issuerId == payerId) {
            throw new IllegalArgumentException("a member cannot ask themselves for hours");
        }
        if (minutes <= 0) {
            throw new IllegalArgumentException("a request asks for at least one minute");
        }
        this.issuerId = issuerId;
        this.payerId = payerId;
        this.minutes = minutes;
        this.memo = memo;
        this.offerId = offerId;
        this.status = Status.PENDING;
        this.createdAt = createdAt;
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    /**
     * Paid by the transfer that settled it. The ledger has the last word: a request withdrawn or
     * refused at the very moment its payer paid it (two tabs) is paid.
     */
    public void paid(long transfer, OffsetDateTime at) {
        this.status = Status.PAID;
        this.transferId = transfer;
        this.decidedAt = at;
    }

    public void refuse(String reason, OffsetDateTime at) {
        requirePending();
        this.status = Status.REFUSED;
        this.refusal = reason;
        this.decidedAt = at;
    }

    public void withdraw(OffsetDateTime at) {
        requirePending();
        this.status = Status.WITHDRAWN;
        this.decidedAt = at;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new IllegalStateException("request " + id + " is " + status);
        }
    }

    public long id() {
        return id;
    }

    public long issuerId() {
        return issuerId;
    }

    public long payerId() {
        return payerId;
    }

    public long minutes() {
        return minutes;
    }

    public String memo() {
        return memo;
    }

    public Long offerId() {
        return offerId;
    }

    public Status status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public Long transferId() {
        return transferId;
    }

    public String refusal() {
        return refusal;
    }
}
