package org.relais.directory.domain;

import java.util.Objects;

/**
 * A group of criteria of the charter, e.g. {@code ACC}, "Environnement ergonomique et accessible".
 */
public record CharterTheme(String code, String label) {
    public CharterTheme {
        Objects.requireNonNull(code);
        Objects.requireNonNull(label);
    }
}
