package org.relais.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one directory where Relais writes: database files, search index, uploaded files, the mail
 * outbox. Set it with {@code relais.data-dir} ({@code RELAIS_DATA_DIR}); it is created if missing.
 */
@ApplicationScoped
public class DataDirectory {
    @Inject
    @ConfigProperty(name = "relais.data-dir", defaultValue = "./data")
    String root;

    /** A sub-directory of the data directory, created if needed. */
    public Path resolve(String child) {
        Path directory = Path.of(root).toAbsolutePath().normalize().resolve(child);
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible de créer le dossier " + directory, e);
        }
    }
}
