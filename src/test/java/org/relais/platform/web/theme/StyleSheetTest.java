package org.relais.platform.web.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The default theme's style sheets are well nested: a block left open (as a merge once left three)
 * swallows every rule after it into the enclosing {@code @media} query, silently.
 */
class StyleSheetTest {
    static final Path CSS = Path.of("themes", "default", "assets", "css");

    @Test
    void everyBlockOfTheDefaultThemeIsClosed() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.list(CSS)) {
            sheets = files.filter(f -> f.toString().endsWith(".css")).toList();
        }
        assertFalse(sheets.isEmpty(), "no style sheet found under " + CSS.toAbsolutePath());
        for (Path sheet : sheets) {
            assertEquals("", unbalanced(Files.readString(sheet)), sheet.toString());
        }
    }

    @Test
    void anUnclosedBlockIsFound() {
        assertEquals("", unbalanced("a { color: red; }\n@media (x) {\n  b { top: 0; }\n}\n"));
        assertTrue(
                unbalanced("@media (x) {\n  b { top: 0; }\n/* next */\nc { top: 0; }\n")
                        .contains("1 block(s) left open"));
        assertTrue(unbalanced("a { }\n}\n").contains("line 2"));
        assertEquals("", unbalanced("a::after { content: \"{\"; } /* } */"), "strings, comments");
    }

    /** What is wrong with the nesting of {@code css}, or an empty string. */
    static String unbalanced(String css) {
        int depth = 0;
        int line = 1;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                end = end < 0 ? css.length() : end + 1;
                line += (int) css.substring(i, end).chars().filter(ch -> ch == '\n').count();
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = css.indexOf(c, i + 1);
                i = end < 0 ? css.length() : end;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return "a block closed twice at line " + line;
            }
        }
        return depth == 0 ? "" : depth + " block(s) left open at the end";
    }
}
