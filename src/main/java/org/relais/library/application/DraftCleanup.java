package org.relais.library.application;

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
import org.relais.platform.persistence.StartupTask;
import org.relais.platform.upload.FileStore;

/**
 * Forgets abandoned deposits: drafts not saved for {@code relais.library.draft-ttl} (ISO-8601,
 * default 30 days) are deleted every six hours, then the stored files they named that no kit
 * version and no other draft names any more. Files are stored once per content, so a file shared
 * with a published version (a new version's draft carries its files, a depositor may upload the
 * same guide twice) is kept. Several instances may run it at once: each deletion is idempotent.
 */
@ApplicationScoped
public class DraftCleanup implements StartupTask {
    private static final Logger LOG = Logger.getLogger(DraftCleanup.class.getName());
    static final int BATCH = 100;

    @Resource ManagedScheduledExecutorService executor;
    @Inject KitDeposits deposits;
    @Inject FileStore store;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "relais.library.draft-ttl", defaultValue = "P30D")
    String ttl;

    /** What one cleanup removed. */
    public record Cleaned(int drafts, int files) {}

    @Override
    public int order() {
        return 520;
    }

    @Override
    public void run() {
        Duration kept = parse(ttl);
        executor.scheduleWithFixedDelay(() -> cleanQuietly(kept), 15, 360, TimeUnit.MINUTES);
    }

    /** The configured time-to-live of a draft. */
    public Duration ttl() {
        return parse(ttl);
    }

    /** Deletes the drafts not saved for {@code kept}, then the files only they named. */
    public Cleaned clean(Duration kept) {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(kept);
        int drafts = 0;
        int files = 0;
        KitDeposits.DraftRemoval batch;
        do {
            batch = deposits.removeSavedBefore(before, BATCH);
            drafts += batch.drafts();
            for (String sha256 : batch.files()) {
                if (!deposits.fileInUse(sha256) && store.delete(sha256)) {
                    files++;
                }
            }
        } while (batch.drafts() == BATCH);
        if (drafts > 0) {
            int d = drafts;
            int f = files;
            LOG.info(() -> d + " brouillons de dépôt abandonnés supprimés, et " + f + " fichiers");
        }
        return new Cleaned(drafts, files);
    }

    private void cleanQuietly(Duration kept) {
        try {
            clean(kept);
        } catch (RuntimeException e) {
            // a failing run must not cancel the following ones
            LOG.log(Level.WARNING, "Échec du nettoyage des brouillons de dépôt", e);
        }
    }

    /** An ISO-8601 duration, not negative ({@code P30D}, {@code PT12H}). */
    public static Duration parse(String text) {
        Duration duration = null;
        try {
            duration = Duration.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException unreadable) {
            // refused below, like a negative one
        }
        if (duration == null || duration.isNegative()) {
            throw RuleViolation.of("olderThan", "library.draft-ttl.invalid");
        }
        return duration;
    }
}
