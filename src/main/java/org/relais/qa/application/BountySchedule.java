package org.relais.qa.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.platform.persistence.StartupTask;

/** Gives back, every hour, the bounties that waited too long for an accepted answer. */
@ApplicationScoped
public class BountySchedule implements StartupTask {
    private static final Logger LOG = Logger.getLogger(BountySchedule.class.getName());

    @Resource ManagedScheduledExecutorService executor;
    @Inject QaBounties bounties;

    @Override
    public int order() {
        return 530;
    }

    @Override
    public void run() {
        executor.scheduleAtFixedRate(this::releaseQuietly, 5, 60, TimeUnit.MINUTES);
    }

    private void releaseQuietly() {
        try {
            bounties.releaseExpired();
        } catch (RuntimeException e) {
            // a failing hour must not cancel the following ones
            LOG.log(Level.SEVERE, "Échec du retour des primes de questions expirées", e);
        }
    }
}
