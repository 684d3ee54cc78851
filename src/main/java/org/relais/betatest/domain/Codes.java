package org.relais.betatest.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sets of codes stored as one comma-separated column ("senior,beginner"). */
final class Codes {
    private Codes() {}

    static String join(Collection<String> codes) {
        return codes.stream().sorted().collect(Collectors.joining(","));
    }

    static <T> Set<T> split(String column, Function<String, T> parse) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(","))
                .map(parse)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static <E extends Enum<E> & Coded> String joinCoded(Collection<E> values) {
        return join(values.stream().map(Coded::code).toList());
    }
}
