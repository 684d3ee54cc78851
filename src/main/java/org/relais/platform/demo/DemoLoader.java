package org.relais.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.platform.mail.MailSilence;
import org.relais.platform.persistence.StartupTask;

/**
 * Loads the French demo content on the first start when {@code relais.demo=true} and the database
 * is empty. It runs once: a marker in {@code app_setting} records that it did, in the same
 * transaction as the content, so a crash half-way leaves nothing behind and it runs again. The
 * notifications the demo sets off are kept in the app, and no mail it sets off is sent ({@link
 * MailSilence}, which lasts until after the commit). Contributors date their items in the past from
 * the instant the loading starts ({@link DemoContext#at}).
 */
@ApplicationScoped
public class DemoLoader implements StartupTask {
    private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());
    private static final String MARKER = "demo.loaded";

    @PersistenceContext(unitName = "relais")
    EntityManager em;

    @Inject Instance<DemoContributor> contributors;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "relais.demo", defaultValue = "false")
    boolean enabled;

    @Override
    public int order() {
        return 100;
    }

    /** Loads in one transaction that commits inside the silence: no mail leaves, even after it. */
    @Inject DemoLoader self;

    @Override
    public void run() {
        if (enabled) {
            MailSilence.during(
                    () -> {
                        self.load();
                        return null;
                    });
        }
    }

    @Transactional
    public void load() {
        if (alreadyLoaded()) {
            return;
        }
        List<DemoContributor> ordered =
                contributors.stream()
                        .sorted(Comparator.comparingInt(DemoContributor::order))
                        .toList();
        if (!ordered.stream().allMatch(DemoContributor::isEmpty)) {
            LOG.info("Contenu de démonstration non chargé : la base contient déjà des données.");
            return;
        }
        DemoContext context = new DemoContext(clock.instant());
        for (DemoContributor contributor : ordered) {
            contributor.load(context);
            // Contributors share ids, never entities: what one wrote is flushed and let go, so
            // that each later flush compares only the entities of the contributor at work (the
            // persistence context would otherwise grow to the whole demo, checked at every query).
            em.flush();
            em.clear();
        }
        em.createNativeQuery("INSERT INTO app_setting (setting_name, setting_value) VALUES (?, ?)")
                .setParameter(1, MARKER)
                .setParameter(2, "true")
                .executeUpdate();
        LOG.info("Contenu de démonstration chargé.");
    }

    private boolean alreadyLoaded() {
        return !em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_name = ?")
                .setParameter(1, MARKER)
                .getResultList()
                .isEmpty();
    }
}
