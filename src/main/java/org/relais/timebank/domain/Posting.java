package org.relais.timebank.domain;

/** One ledger entry: minutes added to (positive) or taken from (negative) an account. */
public record Posting(long accountId, long minutes) {}
