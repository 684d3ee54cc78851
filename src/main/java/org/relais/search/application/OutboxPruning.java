package org.relais.search.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.platform.error.RuleViolation;
import org.relais.platform.outbox.SearchOutbox;
import org.relais.platform.persistence.StartupTask;

/**
 * Deletes search outbox entries older than {@code relais.search.outbox-retention} (ISO-8601,
 * default seven days), every hour. Each instance keeps its own index and prunes by age only, so
 * several instances may run it at once; one that was away longer than the retention rebuilds its
 * index at start-up (see {@link OutboxIndexer}).
 */
@ApplicationScoped
public class OutboxPruning implements StartupTask {
    private static final Logger LOG = Logger.getLogger(OutboxPruning.class.getName());

    @Resource ManagedScheduledExecutorService executor;
    @Inject SearchOutbox outbox;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "relais.search.outbox-retention", defaultValue = "P7D")
    String retention;

    @Override
    public int order() {
        return 210;
    }

    @Override
    public void run() {
        Duration kept = retention();
        executor.scheduleWithFixedDelay(() -> pruneQuietly(kept), 5, 60, TimeUnit.MINUTES);
    }

    /** The configured retention. */
    public Duration retention() {
        return parse(retention);
    }

    /** Deletes the entries older than {@code kept}; returns how many. */
    public int prune(Duration kept) {
        int deleted = outbox.prune(OffsetDateTime.now(clock).minus(kept));
        if (deleted > 0) {
            LOG.info(() -> deleted + " entrées anciennes supprimées de la file de recherche");
        }
        return deleted;
    }

    private void pruneQuietly(Duration kept) {
        try {
            prune(kept);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Échec du nettoyage de la file de recherche", e);
        }
    }

    /** An ISO-8601 duration, not negative ({@code P7D}, {@code PT12H}). */
    public static Duration parse(String text) {
        try {
            Duration duration = Duration.parse(text == null ? "" : text.strip());
            if (!duration.isNegative()) {
                return duration;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw RuleViolation.of("olderThan", "search.retention.invalid");
    }
}
