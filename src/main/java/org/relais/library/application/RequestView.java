package org.relais.library.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A usage request as the author's inbox and the requester's list show it. */
public record RequestView(
        long id,
        long kitId,
        String kitTitle,
        String requesterName,
        String requesterKind,
        boolean publicBody,
        String status,
        String verdict,
        List<String> use,
        List<UsageAnswer.Term> reasons,
        String message,
        String authorMessage,
        String conditions,
        LocalDate grantFrom,
        LocalDate grantTo,
        OffsetDateTime createdAt,
        OffsetDateTime decidedAt,
        Optional<ContractRef> contract) {

    public boolean pending() {
        return "PENDING".equals(status);
    }

    /** Not covered and not yet sent: the requester may still write to the author. */
    public boolean sendable() {
        return "EVALUATED".equals(status) && "NOT_COVERED".equals(verdict);
    }
}
