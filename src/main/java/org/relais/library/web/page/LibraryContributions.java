package org.relais.library.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.relais.library.application.KitService;
import org.relais.library.domain.KitFilter;
import org.relais.platform.home.HomeSection;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;
import org.relais.platform.web.view.NavigationContributor;
import org.relais.platform.web.view.NavigationEntry;

/** What the library adds to the rest of Relais: navigation and the home page's new kits. */
public final class LibraryContributions {
    private LibraryContributions() {}

    /** "Bibliothèque" in the main navigation. */
    @ApplicationScoped
    public static class Navigation implements NavigationContributor {
        @Override
        public NavigationEntry navigationEntry() {
            return new NavigationEntry(400, "/bibliotheque", "nav.library");
        }
    }

    /** "Bibliothèque" for moderators: the open reports. */
    @ApplicationScoped
    public static class ModerationNavigation implements NavigationContributor {
        @Override
        public NavigationEntry navigationEntry() {
            return new NavigationEntry(
                    1010, "/moderation/bibliotheque", "nav.library.moderation", Caller.MODERATOR);
        }
    }

    /** "Nouveaux kits" on the home page. */
    @ApplicationScoped
    public static class Home implements HomeSection {
        static final int SHOWN = 4;

        @Inject KitService kits;

        @Override
        public int order() {
            return 400;
        }

        @Override
        public String template() {
            return "library/home-section";
        }

        @Override
        public Optional<Map<String, Object>> data(Optional<Caller> visitor) {
            var newest =
                    kits.list(
                            KitFilter.none(), PageRequest.of("1", String.valueOf(SHOWN)), visitor);
            return Optional.of(Map.of("kits", newest.items(), "licenceNames", LicenceNames.all()));
        }
    }
}
