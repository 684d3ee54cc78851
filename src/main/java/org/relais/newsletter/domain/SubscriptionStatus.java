package org.relais.newsletter.domain;

/** Where a subscription stands: waiting for its confirmation link, receiving issues, or left. */
public enum SubscriptionStatus {
    PENDING,
    CONFIRMED,
    UNSUBSCRIBED
}
