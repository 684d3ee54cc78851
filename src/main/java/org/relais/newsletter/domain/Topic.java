package org.relais.newsletter.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a reader may choose to find in the monthly letter, besides the editorial. */
public enum Topic {
    AGENDA,
    KITS,
    QUESTIONS,
    FORUM;

    /** The code in the API, the forms and the database: {@code agenda}, {@code kits}… */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Topic> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(t -> t.code().equals(code.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** Topics from their codes; an unknown code gives empty, so that callers can refuse it. */
    public static Optional<Set<Topic>> parseAll(Collection<String> codes) {
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (String code : codes) {
            Optional<Topic> topic = parse(code);
            if (topic.isEmpty()) {
                return Optional.empty();
            }
            topics.add(topic.get());
        }
        return Optional.of(topics);
    }

    static String join(Set<Topic> topics) {
        return topics.stream().sorted().map(Topic::code).collect(Collectors.joining(","));
    }

    static Set<Topic> split(String joined) {
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (String code : joined.split(",")) {
            parse(code).ifPresent(topics::add);
        }
        return topics;
    }

    /** Every topic's code, in order: the choices of the forms. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Topic::code).toList();
    }
}
