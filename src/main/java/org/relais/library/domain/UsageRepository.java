package org.relais.library.domain;

import java.util.List;
import java.util.Optional;

/** Usage requests and contracts. Contracts are only ever added. */
public interface UsageRepository {
    void store(Object entity);

    Optional<UsageRequest> findRequest(long id);

    /** Requests sent to the author of these kits, pending first, newest first. */
    List<UsageRequest> requestsToAuthor(long authorId, int limit);

    /** The member's own requests, newest first. */
    List<UsageRequest> requestsBy(long requesterId, int limit);

    Optional<Contract> findContract(String number);

    Optional<Contract> contractFor(long usageRequestId);

    long countRequests();

    /** Requests waiting for this author's answer. */
    long countPendingForAuthor(long authorId);

    /** The next number of the contract sequence (never reused). */
    long nextContractSequence();
}
