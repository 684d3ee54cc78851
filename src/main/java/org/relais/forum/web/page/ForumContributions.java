package org.relais.forum.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.relais.forum.application.ForumService;
import org.relais.forum.domain.TopicSort;
import org.relais.platform.home.HomeSection;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;
import org.relais.platform.web.view.NavigationContributor;
import org.relais.platform.web.view.NavigationEntry;

/** What the forum adds to the rest of Relais: navigation and the home page. */
public final class ForumContributions {
    private ForumContributions() {}

    /** "Forum" in the main navigation. */
    @ApplicationScoped
    public static class Navigation implements NavigationContributor {
        @Override
        public NavigationEntry navigationEntry() {
            return new NavigationEntry(200, "/forum", "nav.forum");
        }
    }

    /** "Discussions actives": the topics with the latest posts. */
    @ApplicationScoped
    public static class Home implements HomeSection {
        @Inject ForumService forum;

        @Override
        public int order() {
            return 200;
        }

        @Override
        public String template() {
            return "forum/home-section";
        }

        @Override
        public Optional<Map<String, Object>> data(Optional<Caller> visitor) {
            var topics = forum.topics(null, null, TopicSort.LATEST, new PageRequest(1, 5)).items();
            return topics.isEmpty() ? Optional.empty() : Optional.of(Map.of("topics", topics));
        }
    }
}
