package org.relais.platform.web.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.platform.i18n.Messages;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The error summary of the default theme links each message to its field (RGAA 11.10), so that one
 * jumps there to fix it, and leaves the messages about the whole form as text.
 */
class ErrorSummaryTemplateTest {
    @TempDir Path themes;

    private Document render(String include, Map<String, List<String>> errors) throws IOException {
        Path page = themes.resolve("default/templates/page.html");
        Files.createDirectories(page.getParent());
        Files.writeString(
                page, "<main><div th:replace=\"~{fragments :: " + include + "}\"></div></main>");
        ThemeFiles files =
                new ThemeFiles("default", Optional.of(themes), getClass().getClassLoader());
        TemplateEngine engine =
                ThemeTemplateEngine.build(files, new BundleMessageResolver(new Messages()), false);
        Context context = new Context(Locale.FRENCH);
        context.setVariable("errors", errors);
        return Jsoup.parse(engine.process("page", context));
    }

    private static Map<String, List<String>> errors(String... keyThenMessage) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (int i = 0; i < keyThenMessage.length; i += 2) {
            errors.put(keyThenMessage[i], List.of(keyThenMessage[i + 1]));
        }
        return errors;
    }

    private static Element item(Document page, String text) {
        return page.select(".error-summary li").stream()
                .filter(li -> li.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no «" + text + "» in " + page.body()));
    }

    @Test
    void eachMessageLinksToTheFieldOfItsKey() throws IOException {
        Document page =
                render(
                        "error-summary",
                        errors(
                                "title", "Indiquez un titre.",
                                "use.adapt", "Choisissez une adaptation."));
        Element summary = page.selectFirst(".error-summary");
        assertEquals("alert", summary.attr("role"));
        assertEquals("error-summary-title", summary.attr("aria-labelledby"));
        assertEquals("#title", item(page, "Indiquez un titre.").selectFirst("a").attr("href"));
        assertEquals(
                "#use.adapt",
                item(page, "Choisissez une adaptation.").selectFirst("a").attr("href"));
    }

    @Test
    void messagesAboutTheWholeFormStayText() throws IOException {
        Document page =
                render(
                        "error-summary",
                        errors(
                                "revision", "Quelqu’un a modifié ce texte entre-temps.",
                                "transfer", "Ce versement a déjà été annulé."));
        assertNull(item(page, "Quelqu’un a modifié ce texte entre-temps.").selectFirst("a"));
        assertNull(item(page, "Ce versement a déjà été annulé.").selectFirst("a"));
    }

    @Test
    void aPageLinksAKeyToAFieldNamedOtherwiseOrToNoField() throws IOException {
        Document page =
                render(
                        "error-summary(errorTargets=${ #{'start': 'date', 'level': null} })",
                        errors(
                                "start", "Indiquez le début.",
                                "level", "Niveau inconnu.",
                                "title", "Indiquez un titre."));
        assertEquals("#date", item(page, "Indiquez le début.").selectFirst("a").attr("href"));
        assertNull(item(page, "Niveau inconnu.").selectFirst("a"));
        assertEquals("#title", item(page, "Indiquez un titre.").selectFirst("a").attr("href"));
    }
}
