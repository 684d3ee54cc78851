package org.relais.timebank.application;

/**
 * A member pays another for help received.
 *
 * @param idempotencyKey the client's key: the same key returns the same transfer
 */
public record PayHours(Long to, Long minutes, String memo, Long offerId, String idempotencyKey) {}
