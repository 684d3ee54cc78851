package org.relais.newsletter.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.relais.newsletter.application.Regions;
import org.relais.newsletter.application.SubscriptionService;
import org.relais.newsletter.domain.Topic;
import org.relais.platform.home.HomeSection;
import org.relais.platform.security.Caller;
import org.relais.platform.web.view.MemberPageSection;
import org.relais.platform.web.view.NavigationContributor;
import org.relais.platform.web.view.NavigationEntry;

/** The letter in the navigation, on the home page (a subscribe form) and on one's profile. */
public final class NewsletterContributions {
    private NewsletterContributions() {}

    @ApplicationScoped
    public static class Navigation implements NavigationContributor {
        @Override
        public NavigationEntry navigationEntry() {
            return new NavigationEntry(850, "/lettre", "nav.newsletter");
        }
    }

    @ApplicationScoped
    public static class Home implements HomeSection {
        @Override
        public int order() {
            return 950;
        }

        @Override
        public String template() {
            return "newsletter/home-section";
        }

        @Override
        public Optional<Map<String, Object>> data(Optional<Caller> visitor) {
            return Optional.of(Map.of("member", visitor.isPresent()));
        }
    }

    /** Only on one's own profile: the subscription and its choices. */
    @ApplicationScoped
    public static class Profile implements MemberPageSection {
        @Inject SubscriptionService subscriptions;

        @Override
        public int order() {
            return 950;
        }

        @Override
        public String template() {
            return "newsletter/profile-section";
        }

        @Override
        public Optional<Map<String, Object>> data(long memberId) {
            return Optional.empty();
        }

        @Override
        public Optional<Map<String, Object>> ownData(long memberId) {
            Map<String, Object> data = new HashMap<>();
            subscriptions
                    .ofMember(new Caller(memberId, "", java.util.Set.of(Caller.MEMBER)))
                    .ifPresent(s -> data.put("subscription", s));
            data.put("topics", Topic.codes());
            data.put("regions", Regions.all());
            return Optional.of(data);
        }
    }
}
