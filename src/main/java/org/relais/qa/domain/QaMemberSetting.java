package org.relais.qa.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's Q&A settings: whether routing may notify them of questions they might answer. */
@Entity
@Table(name = "qa_member_setting")
public class QaMemberSetting {
    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "routing_opt_in", nullable = false)
    private boolean routingOptIn;

    protected QaMemberSetting() {}

    public QaMemberSetting(long accountId, boolean routingOptIn) {
        this.accountId = accountId;
        this.routingOptIn = routingOptIn;
    }

    public void routing(boolean optIn) {
        this.routingOptIn = optIn;
    }

    public boolean routingOptIn() {
        return routingOptIn;
    }
}
