package org.relais.forum.domain;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The members a post mentions. Members have display names, not user names, so a mention writes the
 * name with underscores or hyphens for spaces: {@code @Camille_Lefèvre} or
 * {@code @camille-lefèvre}. Mentions inside code are ignored.
 */
public final class Mentions {
    private static final Pattern MENTION =
            Pattern.compile("(?<![\\p{L}\\p{N}_@.])@([\\p{L}\\p{N}][\\p{L}\\p{N}_'’.-]{0,78})");
    private static final Pattern CODE = Pattern.compile("(?s)```.*?```|`[^`\\n]*`");

    private Mentions() {}

    /** Lower-case display names the text may mention, each in every spelling it could stand for. */
    public static Set<String> candidates(String markdown) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(CODE.matcher(markdown).replaceAll(" "));
        while (matcher.find()) {
            String raw = matcher.group(1).replaceAll("[.’']+$", "").toLowerCase(Locale.ROOT);
            if (raw.isEmpty()) {
                continue;
            }
            names.add(raw);
            names.add(raw.replace('_', ' '));
            names.add(raw.replace('_', ' ').replace('-', ' '));
        }
        return names;
    }
}
