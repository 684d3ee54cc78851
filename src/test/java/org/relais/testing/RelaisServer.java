package org.relais.testing;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The Relais server of the black-box integration tests: one Payara Micro child process per failsafe
 * execution (so one per database), started by the first test class that needs it, on the data
 * directory and database {@link TestServers} prepared, and stopped when the run ends. A server
 * start costs about half a minute; sharing it across classes is what keeps the suite within CI's
 * time. Test classes therefore create their own data and never assume a fresh server.
 *
 * <p>Use: {@code @ExtendWith(RelaisServer.class)} on the class and {@code @RelaisServer.Base URL
 * base;} for the server's address. When a test fails, the end of the server log is printed.
 */
public final class RelaisServer implements TestInstancePostProcessor, TestWatcher {
    private static final Namespace NAMESPACE = Namespace.create(RelaisServer.class);
    private static final int LOG_LINES_ON_FAILURE = 80;

    /** The field that receives the base URL of the shared server, e.g. http://127.0.0.1:41234/. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Base {}

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context)
            throws IllegalAccessException {
        URL base = server(context).base();
        for (Class<?> type = instance.getClass(); type != Object.class; ) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Base.class)) {
                    field.setAccessible(true);
                    field.set(instance, base);
                }
            }
            type = type.getSuperclass();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Path log = dataDir().resolve("server.log");
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            int from = Math.max(0, lines.size() - LOG_LINES_ON_FAILURE);
            System.err.println(
                    "--- "
                            + context.getDisplayName()
                            + " failed; end of the server log ("
                            + log
                            + "):");
            lines.subList(from, lines.size()).forEach(System.err::println);
        } catch (IOException unreadable) {
            System.err.println("Server log unreadable: " + log + " (" + unreadable + ")");
        }
    }

    private static RelaisProcess server(ExtensionContext context) {
        // The root store closes the process (AutoCloseable) when the test run ends.
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        RelaisProcess.class,
                        key -> RelaisProcess.start(dataDir()),
                        RelaisProcess.class);
    }

    private static Path dataDir() {
        String dir = System.getProperty(TestServers.DATA_DIR);
        if (dir == null) {
            throw new IllegalStateException(
                    "No test data directory: integration tests run from failsafe, which sets "
                            + "relais.test.database");
        }
        return Path.of(dir);
    }
}
