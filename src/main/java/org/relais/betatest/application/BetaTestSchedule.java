package org.relais.betatest.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.platform.persistence.StartupTask;

/** Runs the beta-test calendar every hour from start-up on. */
@ApplicationScoped
public class BetaTestSchedule implements StartupTask {
    private static final Logger LOG = Logger.getLogger(BetaTestSchedule.class.getName());

    @Resource ManagedScheduledExecutorService executor;
    @Inject BetaTestCalendar calendar;

    @Override
    public int order() {
        return 520;
    }

    @Override
    public void run() {
        executor.scheduleAtFixedRate(this::runQuietly, 5, 60, TimeUnit.MINUTES);
    }

    private void runQuietly() {
        try {
            calendar.run();
        } catch (RuntimeException e) {
            // a failing hour must not cancel the following ones
            LOG.log(Level.SEVERE, "Échec du calendrier des appels à bêta-testeurs", e);
        }
    }
}
