package org.relais.directory.domain;

import java.util.Objects;

/**
 * A condition of the national charter of digital mediation that a place declares it meets.
 *
 * @param code a stable code such as {@code M1} or {@code ACC-3}, stored with the place
 * @param theme the code of its {@link CharterTheme}
 * @param mandatory whether it is one of the two generic conditions every place must meet
 * @param source where the charter states it, e.g. "Article 7, critère 3"
 * @param text the criterion condensed in one French sentence
 */
public record CharterCriterion(
        String code, String theme, boolean mandatory, String source, String text) {
    public CharterCriterion {
        Objects.requireNonNull(code);
        Objects.requireNonNull(theme);
        Objects.requireNonNull(source);
        Objects.requireNonNull(text);
    }
}
