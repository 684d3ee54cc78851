package org.relais.qa.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.relais.platform.notification.Subscriptions;
import org.relais.platform.notification.WatchLevel;
import org.relais.platform.tags.TagRegistry;
import org.relais.qa.domain.QaMemberSetting;
import org.relais.qa.domain.QaRepository;

/** A member's own Q&A choices: being routed questions, and the tags they follow. */
@ApplicationScoped
@Transactional
public class QaMembers {
    @Inject QaRepository repository;
    @Inject Subscriptions subscriptions;
    @Inject TagRegistry tags;

    public boolean routingOptIn(long accountId) {
        return repository.setting(accountId).map(QaMemberSetting::routingOptIn).orElse(false);
    }

    public void chooseRouting(long accountId, boolean optIn) {
        repository
                .setting(accountId)
                .ifPresentOrElse(
                        s -> s.routing(optIn),
                        () -> repository.store(new QaMemberSetting(accountId, optIn)));
    }

    /** Follows (watching) or stops following a tag; the tag must exist. */
    public void followTag(long accountId, String slug, boolean follow) {
        tags.get(slug);
        subscriptions.set(
                accountId, QaService.TAG_SUBJECT, slug, follow ? WatchLevel.WATCHING : null);
    }

    public boolean follows(long accountId, String slug) {
        return subscriptions
                .levelOf(accountId, QaService.TAG_SUBJECT, slug)
                .map(l -> l == WatchLevel.WATCHING)
                .orElse(false);
    }
}
