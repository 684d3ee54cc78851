package org.relais.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;

/**
 * Start-up in one place, with CDI alone (no EJB container to boot): migrate the schema, then run
 * the capabilities' start-up tasks in order. A failure stops the deployment, so Relais never serves
 * requests on a schema it does not know.
 */
@ApplicationScoped
public class ApplicationStartup {
    @Inject SchemaMigration migration;
    @Inject Instance<StartupTask> tasks;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migration.migrate();
        tasks.stream()
                .sorted(Comparator.comparingInt(StartupTask::order))
                .forEach(StartupTask::run);
    }
}
