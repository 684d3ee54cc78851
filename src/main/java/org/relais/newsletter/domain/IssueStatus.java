package org.relais.newsletter.domain;

/** An issue is written as a draft, then sent to every confirmed subscriber, then archived. */
public enum IssueStatus {
    DRAFT,
    SENDING,
    SENT
}
