package org.relais.agenda.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.relais.agenda.application.EventService;
import org.relais.agenda.domain.AgendaFilter;
import org.relais.platform.home.HomeSection;
import org.relais.platform.security.Caller;
import org.relais.platform.web.view.NavigationContributor;
import org.relais.platform.web.view.NavigationEntry;
import org.relais.platform.web.view.PlacePageSection;

/** What the agenda adds to the rest of Relais: navigation, its home section, places' events. */
public final class AgendaContributions {
    static final int HOME_SIZE = 5;
    static final int HOME_DAYS = 60;

    private AgendaContributions() {}

    /** "Agenda" in the main navigation. */
    @ApplicationScoped
    public static class Navigation implements NavigationContributor {
        @Override
        public NavigationEntry navigationEntry() {
            return new NavigationEntry(600, "/agenda", "nav.agenda");
        }
    }

    /** The next events on the home page. */
    @ApplicationScoped
    public static class Home implements HomeSection {
        @Inject EventService events;
        @Inject Clock clock;

        @Override
        public int order() {
            return 600;
        }

        @Override
        public String template() {
            return "agenda/home-section";
        }

        @Override
        public Optional<Map<String, Object>> data(Optional<Caller> visitor) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            return Optional.of(
                    Map.of(
                            "occurrences",
                            events
                                    .occurrences(AgendaFilter.ALL, now, now.plusDays(HOME_DAYS))
                                    .stream()
                                    .filter(o -> !o.cancelled())
                                    .limit(HOME_SIZE)
                                    .toList()));
        }
    }

    /** The next events of a place, on its page in the directory, with its calendar feed. */
    @ApplicationScoped
    public static class PlaceEvents implements PlacePageSection {
        static final int SIZE = 6;
        static final int DAYS = 120;

        @Inject EventService events;
        @Inject Clock clock;

        @Override
        public int order() {
            return 600;
        }

        @Override
        public String template() {
            return "agenda/place-section";
        }

        @Override
        public Optional<Map<String, Object>> data(String placeId) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            return Optional.of(
                    Map.of(
                            "placeId",
                            placeId,
                            "occurrences",
                            events
                                    .occurrences(
                                            new AgendaFilter(placeId, null, null, false),
                                            now,
                                            now.plusDays(DAYS))
                                    .stream()
                                    .limit(SIZE)
                                    .toList()));
        }
    }
}
