package org.relais.platform.persistence;

/**
 * Work a capability does once at start-up, after the schema is migrated and before the first
 * request is served (first administrator, demo content). Tasks run in {@link #order()}.
 */
public interface StartupTask {
    int order();

    void run();
}
