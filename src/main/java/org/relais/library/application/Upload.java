package org.relais.library.application;

import java.nio.file.Path;
import java.util.Objects;

/** A file as it was received, not yet inspected: the name its sender gave and where it waits. */
public record Upload(String fileName, Path temporaryFile) {
    public Upload {
        Objects.requireNonNull(temporaryFile, "temporaryFile");
        fileName = fileName == null ? "" : fileName;
    }
}
