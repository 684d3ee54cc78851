package org.relais.platform.diagnostics;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends on the current thread while a count is open, and
 * those sent in plain JDBC by code that says so ({@link #counted}). It serves one purpose: letting
 * tests and benchmarks see how many queries a page costs, so that an N+1 loop shows up as a number
 * rather than as a slow page in production.
 */
public class SqlCallCounter extends SessionEventAdapter {
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** Starts counting on this thread, from zero. */
    public static void open() {
        COUNT.set(new int[1]);
    }

    /** Stops counting on this thread; returns the statements counted, or -1 if none was open. */
    public static int close() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? -1 : count[0];
    }

    @Override
    public void postExecuteCall(SessionEvent event) {
        counted();
    }

    /** Counts one statement sent outside EclipseLink, in plain JDBC. */
    public static void counted() {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
    }
}
