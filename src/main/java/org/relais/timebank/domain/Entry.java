package org.relais.timebank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of an account's history: the minutes a transfer added or took, and the balance after.
 */
@Entity
@Table(name = "timebank_entry")
public class Entry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "transfer_id", nullable = false)
    private long transferId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false)
    private long minutes;

    @Column(name = "balance_after", nullable = false)
    private long balanceAfter;

    protected Entry() {}

    public Entry(long transferId, long accountId, long minutes, long balanceAfter) {
        this.transferId = transferId;
        this.accountId = accountId;
        this.minutes = minutes;
        this.balanceAfter = balanceAfter;
    }

    public Long id() {
        return id;
    }

    public long transferId() {
        return transferId;
    }

    public long accountId() {
        return accountId;
    }

    public long minutes() {
        return minutes;
    }

    public long balanceAfter() {
        return balanceAfter;
    }
}
