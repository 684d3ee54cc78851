package org.relais.platform.upload;

import java.util.Objects;

/**
 * A file that passed {@link UploadInspector}: its name as given (without folders), the media type
 * confirmed from its content, its size in bytes and the SHA-256 of its content (lower-case hex).
 */
public record InspectedFile(String fileName, String mediaType, long size, String sha256) {
    public InspectedFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
    }
}
