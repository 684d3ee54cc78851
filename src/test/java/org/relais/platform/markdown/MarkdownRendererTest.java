package org.relais.platform.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private static final String CORPUS = "/xss/vectors.txt";

    private static final Set<String> FORBIDDEN_ELEMENTS =
            Set.of(
                    "script iframe object embed svg math style base meta form link input"
                            .split(" "));

    /** What Markdown produces, plus the document root and html/head/body jsoup adds. */
    private static final Set<String> EXPECTED_ELEMENTS =
            Set.of(
                    ("#root html head body p br hr em strong del s ul ol li blockquote pre code"
                                    + " h2 h3 h4 table thead tbody tr th td a img")
                            .split(" "));

    private static final Set<String> EXPECTED_ATTRIBUTES =
            Set.of("href", "title", "rel", "src", "alt", "align", "start", "class");

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src");

    private static final List<String> FORBIDDEN_SCHEMES =
            List.of("javascript:", "vbscript:", "data:");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest(name = "vector on line {0}")
    @MethodSource("corpus")
    void vectorRendersWithoutActiveContent(int line, String vector) {
        String html = renderer.render(vector).html();
        String context = "line " + line + ": " + printable(vector) + "\n  rendered: " + html;

        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), context);
        Document document = Jsoup.parse(html);
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            assertFalse(FORBIDDEN_ELEMENTS.contains(tag), "<" + tag + "> at " + context);
            assertTrue(EXPECTED_ELEMENTS.contains(tag), "<" + tag + "> at " + context);
            for (Attribute attribute : element.attributes()) {
                assertSafe(attribute, context);
            }
        }
    }

    @Test
    void corpusHoldsAtLeastThreeHundredDistinctVectors() {
        List<String> vectors = corpus().map(arguments -> (String) arguments.get()[1]).toList();

        Set<String> distinct = new HashSet<>(vectors);
        assertEquals(vectors.size(), distinct.size(), "the corpus repeats a vector");
        assertTrue(distinct.size() >= 300, "only " + distinct.size() + " vectors");
    }

    @Test
    void gfmTableRendersAsTable() {
        Document document = render("| Outil | Prêt |\n|---|:-:|\n| Imprimante 3D | oui |");

        assertEquals(List.of("Outil", "Prêt"), document.select("table thead th").eachText());
        assertEquals(List.of("Imprimante 3D", "oui"), document.select("table tbody td").eachText());
        assertEquals("center", document.select("td").get(1).attr("align"));
    }

    @Test
    void strikethroughRendersAsDeletion() {
        assertEquals("obsolète", render("Atelier ~~obsolète~~ reporté").select("del").text());
    }

    @Test
    void bareUrlBecomesLinkMarkedAsUserContent() {
        Element link = render("Voir https://relais.example/ateliers").selectFirst("a");

        assertNotNull(link);
        assertEquals("https://relais.example/ateliers", link.attr("href"));
        assertTrue(
                Set.of(link.attr("rel").split(" "))
                        .containsAll(Set.of("nofollow", "ugc", "noopener")),
                link.attr("rel"));
    }

    @ParameterizedTest(name = "{0} → <{1}>")
    @CsvSource({
        "# Titre, h2",
        "## Titre, h3",
        "### Titre, h4",
        "###### Titre, h4",
        "'Titre\n===', h2"
    })
    void headingsShiftOneLevelDownBelowThePageTitle(String markdown, String tag) {
        Document document = render(markdown);

        assertEquals("Titre", document.select(tag).text());
        assertTrue(document.select("h1").isEmpty());
    }

    @Test
    void doubleAsterisksRenderAsStrong() {
        assertEquals("gras", render("du **gras** ici").select("strong").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://relais.example/a.png", "http://relais.example/a.png"})
    void imageFromTheWebIsKept(String url) {
        Element image = render("![Affiche de l'atelier](" + url + ")").selectFirst("img");

        assertNotNull(image);
        assertEquals(url, image.attr("src"));
        assertEquals("Affiche de l'atelier", image.attr("alt"));
    }

    /** "src" as alt text must not pass for the src attribute the image needs to be kept. */
    @ParameterizedTest
    @ValueSource(strings = {"x", "src"})
    void imageWithScriptSourceIsDropped(String alt) {
        Document document = render("Avant ![" + alt + "](javascript:alert(1)) après");

        assertTrue(document.select("img").isEmpty());
        assertEquals("Avant après", document.text());
    }

    @Test
    void linkWithScriptTargetKeepsOnlyItsText() {
        Document document = render("[clic](javascript:alert(1) \"titre\")");

        assertTrue(document.select("a").isEmpty());
        assertEquals("clic", document.text());
    }

    @Test
    void mailtoLinkIsKept() {
        Element link = render("[Écrire](mailto:contact@relais.example)").selectFirst("a");

        assertNotNull(link);
        assertEquals("mailto:contact@relais.example", link.attr("href"));
    }

    @Test
    void relativeLinkIsKept() {
        Element link = render("[le forum](/forum/1)").selectFirst("a");

        assertNotNull(link);
        assertEquals("/forum/1", link.attr("href"));
    }

    @Test
    void frenchAccentsArePreservedAsTyped() {
        String text = "Élève à l’école : ça déçoit où ? « Œuvre » — 3 €";

        String html = renderer.render(text).html();

        assertTrue(html.contains("Élève à l’école"), html);
        assertEquals(text, Jsoup.parse(html).text());
    }

    @Test
    void rawHtmlIsShownAsText() {
        Document document = render("Un <b>mot</b> en HTML");

        assertTrue(document.select("b").isEmpty());
        assertEquals("Un <b>mot</b> en HTML", document.text());
    }

    @Test
    void codeBlockKeepsItsLanguageForHighlighting() {
        Element code = render("```java\nint x = 1 < 2;\n```").selectFirst("pre > code");

        assertNotNull(code);
        assertEquals("language-java", code.className());
        assertEquals("int x = 1 < 2;\n", code.wholeText());
    }

    @Test
    void blankSourceRendersNothing() {
        RenderedMarkdown rendered = renderer.render("  \n ");

        assertEquals("  \n ", rendered.source());
        assertEquals("", rendered.html());
    }

    @Test
    void nullSourceIsRejected() {
        assertThrows(NullPointerException.class, () -> renderer.render(null));
    }

    private Document render(String markdown) {
        return Jsoup.parse(renderer.render(markdown).html());
    }

    private static void assertSafe(Attribute attribute, String context) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        assertFalse(name.startsWith("on"), name + " at " + context);
        assertFalse(name.equals("style"), name + " at " + context);
        assertTrue(EXPECTED_ATTRIBUTES.contains(name), name + " at " + context);
        if (URL_ATTRIBUTES.contains(name)) {
            String url =
                    withoutSpaceOrControl(attribute.getValue().trim().toLowerCase(Locale.ROOT));
            for (String scheme : FORBIDDEN_SCHEMES) {
                assertFalse(url.startsWith(scheme), name + "=" + url + " at " + context);
            }
        }
    }

    private static String withoutSpaceOrControl(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .filter(c -> !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    static Stream<Arguments> corpus() {
        InputStream stream = MarkdownRendererTest.class.getResourceAsStream(CORPUS);
        assertNotNull(stream, CORPUS + " is not on the test classpath");
        List<Arguments> vectors = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            int line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (!text.isBlank() && !text.startsWith("#")) {
                    vectors.add(Arguments.of(line, unescape(text)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return vectors.stream();
    }

    /** Turns the corpus escapes (\n, \r, \t, \\ and \\uXXXX) into the characters they name. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c != '\\') {
                out.append(c);
            } else if (next == 'n' || next == 'r' || next == 't' || next == '\\') {
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next == 't' ? '\t' : '\\');
                i++;
            } else if (next == 'u' && isHex(text, i + 2, 4)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int length) {
        return from + length <= text.length()
                && text.substring(from, from + length)
                        .chars()
                        .allMatch(c -> Character.digit(c, 16) >= 0);
    }

    /** Shows control characters of a vector as escapes so failure reports stay readable. */
    private static String printable(String vector) {
        StringBuilder out = new StringBuilder();
        vector.chars()
                .forEach(
                        c -> {
                            if (Character.isISOControl(c)) {
                                out.append(String.format("\\u%04X", c));
                            } else {
                                out.append((char) c);
                            }
                        });
        return out.toString();
    }
}
