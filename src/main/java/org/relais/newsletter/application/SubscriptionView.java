package org.relais.newsletter.application;

import java.util.List;
import org.relais.newsletter.domain.Subscription;
import org.relais.newsletter.domain.Topic;

/** A subscription as its owner sees it (through its link or their profile). */
public record SubscriptionView(
        String email, String status, List<String> topics, String region, String regionName) {
    static SubscriptionView of(Subscription s) {
        return new SubscriptionView(
                s.email(),
                s.status().name().toLowerCase(java.util.Locale.ROOT),
                s.topics().stream().sorted().map(Topic::code).toList(),
                s.region(),
                Regions.name(s.region()));
    }

    public boolean confirmed() {
        return "confirmed".equals(status);
    }
}
