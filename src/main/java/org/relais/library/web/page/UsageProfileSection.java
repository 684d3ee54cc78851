package org.relais.library.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.relais.library.domain.UsageRepository;
import org.relais.platform.web.view.MemberPageSection;

/**
 * On the member's own profile: the usage requests waiting for their answer, and their contracts.
 */
@ApplicationScoped
public class UsageProfileSection implements MemberPageSection {
    @Inject UsageRepository repository;

    @Override
    public int order() {
        return 850;
    }

    @Override
    public String template() {
        return "contracts/profile-section";
    }

    @Override
    public Optional<Map<String, Object>> data(long memberId) {
        return Optional.empty();
    }

    @Override
    public Optional<Map<String, Object>> ownData(long memberId) {
        return Optional.of(Map.of("pending", repository.countPendingForAuthor(memberId)));
    }
}
