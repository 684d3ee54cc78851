package org.relais.timebank.domain;

/**
 * The three kinds of ledger accounts. A member's account lives between a floor and a ceiling; the
 * community pool and the hold accounts never go below zero and have no ceiling.
 */
public enum AccountKind {
    MEMBER,
    /** Receives what overflows a ceiling and what melts; coordinators grant from it. */
    POOL,
    /** Hours set aside for a purpose (a bounty, a beta-test reward) until settled or released. */
    HOLD
}
