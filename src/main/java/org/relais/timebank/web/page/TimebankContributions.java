package org.relais.timebank.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.relais.platform.home.HomeSection;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;
import org.relais.platform.web.view.NavigationContributor;
import org.relais.platform.web.view.NavigationEntry;
import org.relais.timebank.application.OfferService;

/** What the time bank adds to the rest of Relais: navigation and its home page section. */
public final class TimebankContributions {
    private TimebankContributions() {}

    /** "Banque de temps" in the main navigation. */
    @ApplicationScoped
    public static class Navigation implements NavigationContributor {
        @Override
        public NavigationEntry navigationEntry() {
            return new NavigationEntry(700, "/banque-de-temps", "nav.timebank");
        }
    }

    /** The newest offers and requests of help on the home page. */
    @ApplicationScoped
    public static class Home implements HomeSection {
        @Inject OfferService offers;

        @Override
        public int order() {
            return 700;
        }

        @Override
        public String template() {
            return "timebank/home-section";
        }

        @Override
        public Optional<Map<String, Object>> data(Optional<Caller> visitor) {
            var newest = offers.list(null, null, null, PageRequest.of("1", "5"));
            return Optional.of(
                    Map.of(
                            "cards",
                            newest.items().stream().map(MarketPages::card).toList(),
                            "total",
                            newest.total()));
        }
    }
}
