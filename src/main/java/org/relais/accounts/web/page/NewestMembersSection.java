package org.relais.accounts.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.relais.accounts.application.AccountService;
import org.relais.platform.home.HomeSection;
import org.relais.platform.security.Caller;

/** The home page's "newest members" section. */
@ApplicationScoped
public class NewestMembersSection implements HomeSection {
    static final int SHOWN = 6;

    @Inject AccountService accounts;

    @Override
    public int order() {
        return 900;
    }

    @Override
    public String template() {
        return "accounts/home-section";
    }

    @Override
    public Optional<Map<String, Object>> data(Optional<Caller> visitor) {
        return Optional.of(
                Map.of(
                        "members", accounts.newestMembers(0, SHOWN),
                        "count", accounts.countMembers()));
    }
}
