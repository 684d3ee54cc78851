package org.relais.library.domain;

import java.util.List;

/**
 * The message bundle as the domain sees it: a key and arguments give a sentence in the reader's
 * language. Pages pass {@code (key, args) -> messages.get(locale, key, args)}; the domain never
 * writes French itself.
 */
@FunctionalInterface
public interface Texts {
    String text(String key, Object... args);

    /** The clause's sentence; arguments that are clauses themselves are rendered first. */
    default String render(Clause clause) {
        Object[] args =
                clause.args().stream().map(a -> a instanceof Clause c ? render(c) : a).toArray();
        return text(clause.messageKey(), args);
    }

    default List<String> renderAll(List<Clause> clauses) {
        return clauses.stream().map(this::render).toList();
    }
}
