package org.relais.directory.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.relais.directory.application.PlaceService;
import org.relais.platform.home.HomeSection;
import org.relais.platform.security.Caller;
import org.relais.platform.web.view.MemberPageSection;
import org.relais.platform.web.view.NavigationContributor;
import org.relais.platform.web.view.NavigationEntry;

/** What the directory adds to the rest of Relais: navigation, home page, member pages. */
public final class DirectoryContributions {
    private DirectoryContributions() {}

    /** "Lieux" in the main navigation. */
    @ApplicationScoped
    public static class Navigation implements NavigationContributor {
        @Override
        public NavigationEntry navigationEntry() {
            return new NavigationEntry(100, "/lieux", "nav.places");
        }
    }

    /** "Modération" in the navigation of moderators: places to follow up. */
    @ApplicationScoped
    public static class ModerationNavigation implements NavigationContributor {
        @Override
        public NavigationEntry navigationEntry() {
            return new NavigationEntry(
                    1000, "/moderation/lieux", "nav.moderation", Caller.MODERATOR);
        }
    }

    /** The home page's "find a place near you" section. */
    @ApplicationScoped
    public static class Home implements HomeSection {
        @Inject PlaceService places;

        @Override
        public int order() {
            return 100;
        }

        @Override
        public String template() {
            return "directory/home-section";
        }

        @Override
        public Optional<Map<String, Object>> data(Optional<Caller> visitor) {
            return Optional.of(Map.of("count", places.countPlaces()));
        }
    }

    /** The places where a member works, on their public page. */
    @ApplicationScoped
    public static class MemberPlaces implements MemberPageSection {
        @Inject PlaceService places;

        @Override
        public int order() {
            return 100;
        }

        @Override
        public String template() {
            return "directory/member-section";
        }

        @Override
        public Optional<Map<String, Object>> data(long memberId) {
            var confirmed =
                    places.placesOf(memberId).stream()
                            .filter(PlaceService.MemberPlace::confirmed)
                            .toList();
            return confirmed.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Map.of("places", confirmed, "own", false));
        }

        /** On their own profile, members also see pending links and places to update. */
        @Override
        public Optional<Map<String, Object>> ownData(long memberId) {
            return Optional.of(Map.of("places", places.placesOf(memberId), "own", true));
        }
    }
}
