package org.relais.accounts.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import org.relais.platform.web.view.NavigationContributor;
import org.relais.platform.web.view.NavigationEntry;

/** "Membres" in the main navigation. */
@ApplicationScoped
public class MembersNavigation implements NavigationContributor {
    @Override
    public NavigationEntry navigationEntry() {
        return new NavigationEntry(900, "/membres", "nav.members");
    }
}
