-- Time bank, continued: the warnings sent before idle credits melt, the alerts of the periodic
-- audit, and the bounties that Q&A askers hold in the time bank.

-- One warning per account and per month of a first melt, whatever the number of daily runs.
CREATE TABLE timebank_melt_warning (
    account_id BIGINT     NOT NULL REFERENCES timebank_account (id),
    melt_month VARCHAR(7) NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, melt_month)
);

-- One alert per distinct set of violations the auditor found.
CREATE TABLE timebank_audit_alert (
    fingerprint VARCHAR(64)   PRIMARY KEY,
    violations  VARCHAR(4000) NOT NULL,
    alerted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Hours an asker offers on a question, held from the asking on.
ALTER TABLE qa_question ADD COLUMN bounty_minutes INTEGER;
ALTER TABLE qa_question ADD COLUMN bounty_hold_id BIGINT REFERENCES timebank_hold (id);
