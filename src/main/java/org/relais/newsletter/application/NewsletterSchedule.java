package org.relais.newsletter.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.platform.persistence.StartupTask;

/**
 * From start-up on: the sender's tick every second (it resumes a send a crash interrupted), and
 * every hour the deletion of subscriptions whose confirmation link expired unused.
 */
@ApplicationScoped
public class NewsletterSchedule implements StartupTask {
    private static final Logger LOG = Logger.getLogger(NewsletterSchedule.class.getName());

    @Resource ManagedScheduledExecutorService executor;
    @Inject NewsletterSender sender;
    @Inject SubscriptionService subscriptions;

    @Override
    public int order() {
        return 530;
    }

    @Override
    public void run() {
        executor.scheduleWithFixedDelay(this::tickQuietly, 2, 1, TimeUnit.SECONDS);
        executor.scheduleAtFixedRate(this::expireQuietly, 10, 60, TimeUnit.MINUTES);
    }

    private void tickQuietly() {
        try {
            sender.tick();
        } catch (RuntimeException e) {
            // a failing tick must not cancel the following ones
            LOG.log(Level.SEVERE, "Échec d'un envoi de la lettre d'information", e);
        }
    }

    private void expireQuietly() {
        try {
            subscriptions.expirePending();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Échec du ménage des abonnements non confirmés", e);
        }
    }
}
