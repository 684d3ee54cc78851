package org.relais.timebank.application;

import java.time.OffsetDateTime;
import org.relais.timebank.domain.Transfer;
import org.relais.timebank.domain.TransferKind;

/**
 * A written transfer as its payer is told: how much was paid, how much reached the receiver, how
 * much overflowed into the pool, and the payer's balance just after. A replayed request gets the
 * same receipt, read from the stored transfer.
 */
public record TransferReceipt(
        long id,
        TransferKind kind,
        Long payerId,
        Long receiverId,
        long minutes,
        long creditedMinutes,
        long overflowMinutes,
        Long payerBalanceMinutes,
        String memo,
        Long offerId,
        Long reversalOf,
        OffsetDateTime createdAt) {
    static TransferReceipt of(Transfer t) {
        return new TransferReceipt(
                t.id(),
                t.kind(),
                t.payerMemberId(),
                t.receiverMemberId(),
                t.minutes(),
                t.creditedMinutes(),
                t.overflowMinutes(),
                t.payerBalanceAfter(),
                t.memo(),
                t.offerId(),
                t.reversalOf(),
                t.createdAt());
    }
}
