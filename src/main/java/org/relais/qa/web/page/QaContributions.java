package org.relais.qa.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.relais.platform.home.HomeSection;
import org.relais.platform.paging.PageRequest;
import org.relais.platform.security.Caller;
import org.relais.platform.web.view.MemberPageSection;
import org.relais.platform.web.view.NavigationContributor;
import org.relais.platform.web.view.NavigationEntry;
import org.relais.qa.application.Expertise;
import org.relais.qa.application.QaMembers;
import org.relais.qa.application.QaService;
import org.relais.qa.application.Reputations;
import org.relais.qa.domain.QaRepository;

/** What Q&A adds to the rest of Relais: navigation, home page, member pages. */
public final class QaContributions {
    private QaContributions() {}

    /** "Questions" in the main navigation. */
    @ApplicationScoped
    public static class Navigation implements NavigationContributor {
        @Override
        public NavigationEntry navigationEntry() {
            return new NavigationEntry(300, "/questions", "nav.questions");
        }
    }

    /** "Experts" in the main navigation. */
    @ApplicationScoped
    public static class ExpertsNavigation implements NavigationContributor {
        @Override
        public NavigationEntry navigationEntry() {
            return new NavigationEntry(310, "/experts", "nav.experts");
        }
    }

    /** "Questions awaiting an answer" on the home page. */
    @ApplicationScoped
    public static class Home implements HomeSection {
        @Inject QaService qa;

        @Override
        public int order() {
            return 300;
        }

        @Override
        public String template() {
            return "qa/home-section";
        }

        @Override
        public Optional<Map<String, Object>> data(Optional<Caller> visitor) {
            var unanswered = qa.list(QaRepository.Sort.UNANSWERED, null, PageRequest.of("1", "5"));
            return Optional.of(
                    Map.of("questions", unanswered.items(), "total", unanswered.total()));
        }
    }

    /** A member's reputation and top tags on their page; on their own, the routing choice. */
    @ApplicationScoped
    public static class MemberExpertise implements MemberPageSection {
        @Inject Expertise expertise;
        @Inject Reputations reputations;
        @Inject QaMembers members;

        @Override
        public int order() {
            return 300;
        }

        @Override
        public String template() {
            return "qa/member-section";
        }

        @Override
        public Optional<Map<String, Object>> data(long memberId) {
            var top = expertise.of(memberId).stream().limit(5).toList();
            int reputation = reputations.of(memberId);
            if (top.isEmpty() && reputation == 0) {
                return Optional.empty();
            }
            return Optional.of(
                    Map.of("tags", top, "reputation", reputation, "own", false, "optIn", false));
        }

        @Override
        public Optional<Map<String, Object>> ownData(long memberId) {
            return Optional.of(
                    Map.of(
                            "tags",
                            expertise.of(memberId).stream().limit(5).toList(),
                            "reputation",
                            reputations.of(memberId),
                            "own",
                            true,
                            "optIn",
                            members.routingOptIn(memberId)));
        }
    }
}
