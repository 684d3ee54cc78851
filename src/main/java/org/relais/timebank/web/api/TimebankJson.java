package org.relais.timebank.web.api;

import java.util.List;
import java.util.Map;
import org.relais.timebank.application.LedgerReading;
import org.relais.timebank.application.LedgerReading.AccountView;
import org.relais.timebank.application.LedgerReading.HistoryView;
import org.relais.timebank.application.OfferService.OfferView;
import org.relais.timebank.application.TransferReceipt;
import org.relais.timebank.domain.HoursFormat;

/** The time bank's JSON shapes; ids are strings, amounts whole minutes with a readable form. */
public final class TimebankJson {
    private TimebankJson() {}

    public record PayJson(String to, Long minutes, String memo, String offerId) {}

    public record GrantJson(String memberId, Long minutes, String reason) {}

    public record ReverseJson(String reason) {}

    public record BoundsJson(Long floorMinutes, Long ceilingMinutes) {}

    public record HoldJson(String id, String purpose, long minutes) {}

    public record AccountJson(
            String memberId,
            long balanceMinutes,
            String balance,
            long floorMinutes,
            long ceilingMinutes,
            List<HoldJson> holds) {}

    public record TransferJson(
            String id,
            String kind,
            String from,
            String to,
            long minutes,
            long creditedMinutes,
            long overflowToPoolMinutes,
            Long payerBalanceMinutes,
            String memo,
            String offerId,
            String reversalOf,
            String createdAt) {}

    public record EntryJson(
            String transferId,
            String kind,
            String at,
            long minutes,
            long balanceAfterMinutes,
            String counterpartId,
            String counterpart,
            String memo,
            long overflowToPoolMinutes,
            String purpose) {}

    public record PoolJson(
            long balanceMinutes,
            String balance,
            PoolFlowsJson flows,
            List<EntryJson> items,
            long total) {}

    /**
     * Where the pool's minutes came from and went since the bank opened; they sum to its balance.
     */
    public record PoolFlowsJson(
            long cappedMinutes, long meltedMinutes, long grantedMinutes, long reversedMinutes) {
        static PoolFlowsJson of(LedgerReading.PoolFlows flows) {
            return new PoolFlowsJson(
                    flows.capped(), flows.melted(), flows.granted(), flows.reversed());
        }
    }

    public record OfferJson(
            String id,
            String kind,
            String title,
            String description,
            List<String> tags,
            Map<String, String> tagLabels,
            String place,
            boolean online,
            int durationMinutes,
            String authorId,
            String authorName,
            String createdAt) {}

    public record OfferInputJson(
            String kind,
            String title,
            String description,
            List<String> tags,
            String place,
            Boolean online,
            Integer durationMinutes) {}

    static AccountJson of(AccountView a) {
        return new AccountJson(
                String.valueOf(a.memberId()),
                a.balanceMinutes(),
                HoursFormat.format(a.balanceMinutes()),
                a.floorMinutes(),
                a.ceilingMinutes(),
                a.holds().stream()
                        .map(h -> new HoldJson(String.valueOf(h.id()), h.purpose(), h.minutes()))
                        .toList());
    }

    static TransferJson of(TransferReceipt t) {
        return new TransferJson(
                String.valueOf(t.id()),
                t.kind().name(),
                string(t.payerId()),
                string(t.receiverId()),
                t.minutes(),
                t.creditedMinutes(),
                t.overflowMinutes(),
                t.payerBalanceMinutes(),
                t.memo(),
                string(t.offerId()),
                string(t.reversalOf()),
                t.createdAt().toString());
    }

    static EntryJson of(HistoryView h) {
        return new EntryJson(
                String.valueOf(h.transferId()),
                h.kind().name(),
                h.at().toString(),
                h.minutes(),
                h.balanceAfter(),
                string(h.counterpartId()),
                h.counterpart(),
                h.memo(),
                h.overflowMinutes(),
                h.purpose());
    }

    static OfferJson of(OfferView o) {
        return new OfferJson(
                String.valueOf(o.id()),
                o.kind().name(),
                o.title(),
                o.description(),
                o.tags(),
                o.tagLabels(),
                o.place(),
                o.online(),
                o.durationMinutes(),
                String.valueOf(o.authorId()),
                o.authorName(),
                o.createdAt().toString());
    }

    static String string(Long id) {
        return id == null ? null : String.valueOf(id);
    }

    /** An id sent as a string (or a number written as one); null when absent or not a number. */
    static Long id(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
