package org.relais.newsletter.application;

import java.util.Map;
import org.relais.newsletter.domain.DeliveryState;

/**
 * How far the sending of an issue is: copies sent, failed for good, uncertain (claimed when a
 * sender died: not resent) and still to send (pending, being sent, or failed and waiting for
 * another try).
 */
public record SendProgress(
        long issueId,
        String status,
        long total,
        long sent,
        long failed,
        long uncertain,
        long remaining,
        long retrying) {
    static SendProgress of(IssueView issue, Map<DeliveryState, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long retrying = counts.get(DeliveryState.FAILED);
        return new SendProgress(
                issue.id(),
                issue.status(),
                total,
                counts.get(DeliveryState.SENT),
                counts.get(DeliveryState.GAVE_UP),
                counts.get(DeliveryState.UNCERTAIN),
                counts.get(DeliveryState.PENDING) + counts.get(DeliveryState.CLAIMED) + retrying,
                retrying);
    }

    public int percent() {
        return total == 0 ? 100 : (int) ((total - remaining) * 100 / total);
    }
}
