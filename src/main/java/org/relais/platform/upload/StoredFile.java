package org.relais.platform.upload;

import java.nio.file.Path;
import java.util.Objects;

/** A file kept by {@link FileStore}: its SHA-256 (its name in the store), size and location. */
public record StoredFile(String sha256, long size, Path path) {
    public StoredFile {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(path, "path");
    }
}
