package org.relais.betatest.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import org.relais.platform.web.view.NavigationContributor;
import org.relais.platform.web.view.NavigationEntry;

/** "Bêta-tests" in the main navigation: the calls and their published results. */
@ApplicationScoped
public class BetaTestNavigation implements NavigationContributor {
    @Override
    public NavigationEntry navigationEntry() {
        return new NavigationEntry(750, "/beta-tests", "nav.betatest");
    }
}
