package org.relais.timebank.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The invariants of the ledger, checked on the whole of it: the balances, pool included, sum to
 * zero; every balance equals the sum of its entries; no balance lies outside its bounds; no
 * transfer was applied twice. An empty list means the ledger is sound.
 */
public final class LedgerAudit {
    private LedgerAudit() {}

    /** An account as the auditor reads it: its stored balance and the sum of its entries. */
    public record AuditedAccount(
            long id, long balanceMinutes, long entriesMinutes, AccountBounds bounds) {}

    /**
     * One broken invariant: a stable code for machines, the account if any, a detail for people.
     */
    public record Violation(String code, Long accountId, String detail) {}

    public static List<Violation> check(
            Collection<AuditedAccount> accounts, Collection<String> keysAppliedTwice) {
        List<Violation> violations = new ArrayList<>();
        long total = 0;
        for (AuditedAccount account : accounts) {
            total += account.balanceMinutes();
            if (account.balanceMinutes() != account.entriesMinutes()) {
                violations.add(
                        new Violation(
                                "balance-differs-from-entries",
                                account.id(),
                                account.balanceMinutes() + " != " + account.entriesMinutes()));
            }
            if (!account.bounds().contains(account.balanceMinutes())) {
                violations.add(
                        new Violation(
                                "balance-out-of-bounds",
                                account.id(),
                                account.balanceMinutes()
                                        + " not in ["
                                        + account.bounds().floorMinutes()
                                        + ", "
                                        + account.bounds().ceilingMinutes()
                                        + "]"));
            }
        }
        if (total != 0) {
            violations.add(
                    new Violation("balances-do-not-sum-to-zero", null, Long.toString(total)));
        }
        for (String key : keysAppliedTwice) {
            violations.add(new Violation("transfer-applied-twice", null, key));
        }
        return List.copyOf(violations);
    }
}
