package org.relais.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.relais.platform.security.Caller;

/**
 * The bundles are edited by hand and merged from parallel work: every key once per file, the same
 * keys in French and English, and every key a template names present.
 */
class BundleConsistencyTest {
    private static final Path FRENCH = Path.of("src/main/resources/i18n/messages.properties");
    private static final Path ENGLISH = Path.of("src/main/resources/i18n/messages_en.properties");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[}(]");

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (Path bundle : List.of(FRENCH, ENGLISH)) {
            List<String> keys = keys(bundle);
            Set<String> seen = new TreeSet<>();
            List<String> twice = new ArrayList<>();
            keys.forEach(
                    key -> {
                        if (!seen.add(key)) {
                            twice.add(key);
                        }
                    });
            assertTrue(twice.isEmpty(), bundle + " defines twice: " + twice);
        }
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> french = new TreeSet<>(keys(FRENCH));
        Set<String> english = new TreeSet<>(keys(ENGLISH));
        Set<String> onlyFrench = new TreeSet<>(french);
        onlyFrench.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(french);
        assertEquals(Set.of(), onlyFrench, "missing in English");
        assertEquals(Set.of(), onlyEnglish, "missing in French");
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> french = new TreeSet<>(keys(FRENCH));
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("themes/default/templates"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!french.contains(matcher.group(1))) {
                        missing.add(file.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    /** A member's public profile lists their roles by these labels. */
    @Test
    void everyRoleHasALabel() throws IOException, IllegalAccessException {
        Set<String> french = new TreeSet<>(keys(FRENCH));
        Set<String> english = new TreeSet<>(keys(ENGLISH));
        Set<String> missing = new TreeSet<>();
        for (Field field : Caller.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String key = "role." + field.get(null);
                if (!french.contains(key) || !english.contains(key)) {
                    missing.add(key);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    private static List<String> keys(Path bundle) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(bundle, StandardCharsets.ISO_8859_1)) {
            String trimmed = line.strip();
            int equals = trimmed.indexOf('=');
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && equals > 0) {
                keys.add(trimmed.substring(0, equals).strip());
            }
        }
        return keys;
    }
}
